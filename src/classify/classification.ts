/**
 * What the classifier decides, as types only: a leaf that `events.ts` can name without importing the classifier.
 * @module
 */
import type { Disposition, Reason } from './reasons'

/** Where in the SMTP dialogue the refusal came, when the report says so. */
export type SmtpStage = 'connect' | 'helo' | 'mail' | 'rcpt' | 'data'

export interface Classification {
  reason: Reason
  disposition: Disposition
  /** Sisimai's hard-bounce flag: the address itself is dead. */
  hardbounce: boolean
  /** Which rule decided, e.g. `text:user-unknown`, `status:5.2.2`, `provider:MailboxFull`. */
  rule: string
  /** The enhanced status code the decision used (a specific code found in the text beats a generic one). */
  status: string | null
  replyCode: string | null
}
