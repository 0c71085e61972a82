/**
 * NTT docomo: one reply for two causes, told apart by the DSN's status. Japanese senders' guides (moneytimes.jp's
 * list of error mails, NTT Communications' FAQ, sendmagic's notes) document "550 Unknown user <address>" both for
 * an address that does not exist (Status 5.1.1) and for the recipient's refusal settings: mail from a refused
 * domain, spoofed mail, mail from PCs (Status 5.2.0, RFC 3463's "other mailbox status": the mailbox exists).
 * @module
 */
import type { HostRule } from './rules'

export const DOCOMO: HostRule = {
  name: 'docomo',
  hosts: ['docomo.ne.jp'],
  decide(_text, lower, _permanent, status) {
    return status === '5.2.0' && lower.includes('unknown user') ? 'filtered' : null
  },
}
