/**
 * Tencent (QQ Mail, Foxmail, Tencent Exmail): the sentences its help page documents.
 * @module
 */
import type { HostRule } from './rules'

export const TENCENT: HostRule = {
  // Tencent (QQ Mail, Foxmail, Tencent Exmail): service.mail.qq.com/detail/122.
  name: 'tencent',
  hosts: ['qq.com', 'foxmail.com'],
  sentences: [
    ['authfailure', ['spf check failed', 'dmarc check failed']],
    ['blocked', ['suspected bounce attacks', 'suspected spam ip', 'connection denied']],
    ['emailtoolarge', ['message too large']],
    ['spamdetected', ['spam is embedded in the email', 'mail content denied']],
    ['rejected', ['suspected spam', 'mail is rejected by recipients']],
    [
      'ratelimited',
      [
        // Both spellings: Sisimai's table has "denined"; QQ's help page and replies spell it "denied", and it
        // means a recipient flooded with mail, closed to senders for a while (not a missing mailbox).
        'mailbox unavailable or access denined',
        'mailbox unavailable or access denied',
        'frequency of receiving messages is limited',
        'ip frequency limited',
        'domain frequency limited',
        'sender frequency limited',
        'connection frequency limited',
      ],
    ],
    ['suspend', ['is a deactivated mailbox']],
    ['syntaxerror', ['bad address syntax']],
    ['userunknown', ['mailbox not found']],
  ],
}
