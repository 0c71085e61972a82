/**
 * Mimecast: the sentences of its SMTP error codes page.
 * @module
 */
import type { HostRule } from './rules'

export const MIMECAST: HostRule = {
  // Mimecast's SMTP error codes page: its sentences name the policy that refused the message.
  name: 'mimecast',
  hosts: ['mimecast.com', 'mimecast-offshore.com'],
  sentences: [
    [
      'authfailure',
      [
        'spf sender invalid - envelope rejected',
        'dkim sender invalid - envelope rejected',
        'dmarc sender invalid - envelope rejected',
      ],
    ],
    ['badreputation', ['internal resources are temporarily unavailable', 'local ct ip reputation']],
    [
      'blocked',
      ['sender address blocked', 'recipient temporarily unavailable', 'ip temporarily blacklisted'],
    ],
    ['expired', ['journal messages past the expiration']],
    [
      'failedstarttls',
      [
        'this route requires encryption (tls)',
        'this route requires tls version 1.2 or greater',
        'this route requires high-strength ciphers',
        'configuration is invalid for this certificate',
      ],
    ],
    ['emailtoolarge', ['maximum email size exceeded']],
    ['networkerror', ['the incorrect hostname used for inbounds', 'mail loop detected']],
    ['norelaying', ['open relay not allowed', 'open relay is not allowed']],
    ['notaccept', ['account inbounds disabled']],
    [
      'onhold',
      ['account outbounds disabled', 'hostname is not authorized', 'journal message past expiration'],
    ],
    [
      'policyviolation',
      [
        'anti-spoofing policy - inbound not allowed',
        'rejected by header-based anti-spoofing policy',
        'message bounced due to content examination policy',
        'host network not allowed',
        'host network, not allowed',
      ],
    ],
    [
      'rejected',
      [
        'administrative prohibition envelope blocked',
        'envelope blocked - user entry',
        'envelope blocked - user domain entry',
        'rejected by header-based manually blocked senders',
        'rejected by header-based blocked senders',
        'envelope rejected - block policy for envelope from address',
      ],
    ],
    ['securityerror', ['incorrect authentication data', 'submitter failed to authenticate']],
    [
      'systemerror',
      [
        'unable to process connection at this time',
        'message ended early',
        'unable to process command',
        'unable to process an email at this time',
      ],
    ],
    ['ratelimited', ['account service is temporarily unavailable', 'exceeding outbound thread limit']],
    ['virusdetected', ['email rejected due to security policies']],
    ['userunknown', ['invalid recipient', 'user unknown', 'invalid address']],
  ],
}
