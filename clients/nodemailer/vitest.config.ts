import { defineConfig } from 'vitest/config'

// Real Nodemailer over SMTP to a local smtp-server sink, with a live local Ricochet started once for the run.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The same live Ricochet setup as ricochet-client's tests.
    globalSetup: ['../js/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
