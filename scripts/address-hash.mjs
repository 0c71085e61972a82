#!/usr/bin/env node
// `npm run address-hash -- <address>`: the address_hash that Ricochet's logs show for an address, to filter
// `wrangler tail` output. Uses LOG_HASH_KEY (or ADMIN_TOKEN) from the environment, else from .dev.vars.
import { createHmac } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { domainToASCII } from 'node:url'

const input = process.argv[2]
if (!input) {
  console.error('usage: npm run address-hash -- <address>   (LOG_HASH_KEY=… to use the production key)')
  process.exit(2)
}
const fileVars = existsSync('.dev.vars')
  ? Object.fromEntries(
      readFileSync('.dev.vars', 'utf8')
        .split('\n')
        .filter((l) => /^\s*[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()])
    )
  : {}
const key =
  process.env.LOG_HASH_KEY ||
  fileVars.LOG_HASH_KEY ||
  process.env.ADMIN_TOKEN ||
  fileVars.ADMIN_TOKEN ||
  'ricochet-unkeyed'
// Same normalization as the Worker for the common cases: trim, brackets, lower case, IDN → punycode.
const text = input.trim().replace(/^<(.*)>$/, '$1')
const at = text.lastIndexOf('@')
const address = `${text.slice(0, at).toLowerCase()}@${domainToASCII(
  text
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '')
)}`
console.log(createHmac('sha256', `ricochet-log:${key}`).update(address).digest('hex').slice(0, 16))
