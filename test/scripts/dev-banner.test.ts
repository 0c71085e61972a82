import { describe, expect, it } from 'vitest'
import { devBanner, maskSecret } from '../../scripts/lib/dev-banner.mjs'

const vars = {
  ADMIN_TOKEN: 'dev-admin-token-0123456789abcdef',
  NYLAS_WEBHOOK_SECRET: 'nylas_dev_secret_fedcba9876543210',
}

describe('the npm run dev banner', () => {
  it('never prints the admin token or the Nylas secret in full, only masked', () => {
    const banner = devBanner('http://127.0.0.1:8787', vars)
    expect(banner).not.toContain(vars.ADMIN_TOKEN)
    expect(banner).not.toContain(vars.NYLAS_WEBHOOK_SECRET)
    expect(banner).toContain(maskSecret(vars.ADMIN_TOKEN))
    expect(banner).toContain(maskSecret(vars.NYLAS_WEBHOOK_SECRET))
  })

  it('stays ready to paste: the commands read both secrets from .dev.vars themselves', () => {
    const banner = devBanner('http://127.0.0.1:8788', vars)
    expect(banner).toContain('BASE=http://127.0.0.1:8788')
    expect(banner).toMatch(/SECRET=\$\(sed -n 's\/\^NYLAS_WEBHOOK_SECRET=\/\/p' \.dev\.vars\)/)
    expect(banner).toMatch(/TOKEN=\$\(sed -n 's\/\^ADMIN_TOKEN=\/\/p' \.dev\.vars\)/)
  })

  it('masks to a short hint: at most 4 characters each side, nothing of a short secret', () => {
    expect(maskSecret('dev-admin-token-0123456789abcdef')).toBe('dev-…cdef (32 characters)')
    expect(maskSecret('short')).toBe('… (5 characters)')
    expect(maskSecret(undefined)).toBe('(not set in .dev.vars)')
  })
})
