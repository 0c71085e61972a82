import { defineConfig } from 'vitest/config'

// Node tests against a live local Ricochet (scripts/lib/live-ricochet.mjs), started once for the run.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
