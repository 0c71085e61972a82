/**
 * au (KDDI): one sentence that means two things, told apart by what precedes it.
 * @module
 */
import type { HostRule } from './rules'

export const KDDI: HostRule = {
  // au (KDDI): a bare "550 : User unknown" is the recipient's sender filter; with the address it is a real
  // unknown user.
  name: 'kddi',
  hosts: ['ezweb.ne.jp', 'au.com'],
  sentences: [
    ['filtered', ['550 : user unknown']],
    ['userunknown', ['>: user unknown']],
  ],
}
