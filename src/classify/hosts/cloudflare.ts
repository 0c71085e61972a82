/**
 * Cloudflare Email Routing: the sentences its postmaster page documents.
 * @module
 */
import type { HostRule } from './rules'

export const CLOUDFLARE: HostRule = {
  // Cloudflare Email Routing (developers.cloudflare.com/email-routing/postmaster).
  name: 'cloudflare',
  hosts: ['mx.cloudflare.net'],
  sentences: [
    ['blocked', ['found on one or more dnsbls', 'found on one or more rbls']],
    ['systemerror', ['upstream error']],
  ],
}
