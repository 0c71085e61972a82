/**
 * Every provider door, by route name. A new provider is one file plus one line here.
 * @module
 */
import { brevo } from './brevo'
import { mailgun } from './mailgun'
import { nylas } from './nylas'
import { postmark } from './postmark'
import { resend } from './resend'
import { sendgrid } from './sendgrid'
import { ses } from './ses'
import { sparkpost } from './sparkpost'
import { standard } from './standard'
import type { WebhookProvider } from './types'

export const PROVIDERS: readonly WebhookProvider[] = [
  nylas,
  sendgrid,
  ses,
  postmark,
  mailgun,
  resend,
  standard,
  brevo,
  sparkpost,
]
