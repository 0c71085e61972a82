/**
 * NetEase (163.com, 126.com, yeah.net): the codes of its published bounce list (退信代码说明,
 * mail.163.com/help/help_spam_16.htm, the URL its replies carry), which name the cause in a token of their own
 * ("451 DT:SPM ,please try again") with no sentence a phrase family could read.
 * @module
 */
import type { Reason } from '../reasons'
import type { HostRule } from './rules'

/** The list's codes, with what it says each means. */
const NETEASE_CODES: Readonly<Record<string, Reason>> = {
  'DT:SPM': 'spamdetected', // the content looks like spam
  'DT:RBL': 'blocked', // the sending IP is on one or more RBLs
  'HL:REP': 'blocked', // the IP is barred for a while after mail to many addresses that do not exist
  'WM:BLI': 'blocked', // the sending IP is not on NetEase's list of allowed senders
  // As a NetEase enterprise-mail reseller's table gives them (163ns.com.cn's FAQ, 退信代码): the sending IP suspended
  // for spam or abnormal connections, and not on the list of allowed sending IPs.
  'HL:IHU': 'blocked',
  'HL:IPB': 'blocked',
  'HL:ICC': 'ratelimited', // too many concurrent connections from the IP
  'HL:IFC': 'ratelimited', // the IP sent a large amount of mail in a short time
  'MI:SFQ': 'ratelimited', // the sender is over its 15-minute quota
  'MI:DMC': 'ratelimited', // too many messages in this connection
  'MI:STC': 'ratelimited', // the sender is over its daily connection count
  'RP:DRC': 'ratelimited', // too many recipients in this connection
  'RP:QRC': 'ratelimited', // the sender is over its recipient count for a short period
  'RP:RCL': 'ratelimited', // too many recipients for one message
  'MI:NHD': 'syntaxerror', // HELO with an empty argument
  'MI:CEL': 'syntaxerror', // too many erroneous commands from the sender
  'MI:IMF': 'rejected', // the sender's address is malformed
  'MI:SPF': 'authfailure', // the sending IP is not permitted by the sending domain's SPF record
  'MI:DMA': 'authfailure', // the message fails the sending domain's DMARC policy
  'RP:FRL': 'norelaying', // NetEase relays no mail for others
}

const CODE = new RegExp(`\\b(?:${Object.keys(NETEASE_CODES).join('|')})\\b`)

export const NETEASE: HostRule = {
  name: 'netease',
  hosts: ['163.com', '126.com', 'yeah.net', 'netease.com', '188.com'],
  signature: CODE,
  decide: (text) => {
    const code = CODE.exec(text)?.[0]
    return code ? (NETEASE_CODES[code] ?? null) : null
  },
}
