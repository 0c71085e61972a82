/**
 * NetEase (163.com, 126.com, yeah.net): the codes of its published bounce list (退信代码说明), which name the cause in
 * a token of their own ("451 DT:SPM ,please try again") with no sentence a phrase family could read.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/** The list's codes: content like spam, an RBL listing, too many connections, a sender over its 15-minute quota. */
const NETEASE_CODES: Readonly<Record<string, Reason>> = {
  'DT:SPM': 'spamdetected',
  'DT:RBL': 'blocked',
  'HL:ICC': 'ratelimited',
  'MI:SFQ': 'ratelimited',
}

const CODE = /\b(?:DT:SPM|DT:RBL|HL:ICC|MI:SFQ)\b/

export const NETEASE: HostRule = {
  name: 'netease',
  hosts: ['163.com', '126.com', 'yeah.net', 'netease.com', '188.com'],
  signature: CODE,
  decide: (text) => {
    const code = CODE.exec(text)?.[0]
    return code ? (NETEASE_CODES[code] ?? null) : null
  },
}
