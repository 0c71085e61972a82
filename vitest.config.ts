import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

// Secrets the tests sign with. The Nylas one is the fixture vector's secret (test/fixtures/nylas/signature-vectors.json).
export const TEST_SECRETS = {
  ADMIN_TOKEN: 'test-admin-token-0123456789abcdef',
  NYLAS_WEBHOOK_SECRET: 'nylas_test_webhook_secret_8f2b4e6a9c1d3f5e7a9b',
  LOG_HASH_KEY: 'test-log-hash-key',
  RETURN_PATH_SECRET: 'test-return-path-secret',
  // base64 of 'ricochet-test-standard-webhooks-key' (Standard Webhooks secrets are whsec_ + base64).
  STANDARD_WEBHOOK_SECRET: 'whsec_cmljb2NoZXQtdGVzdC1zdGFuZGFyZC13ZWJob29rcy1rZXk=',
  ERASURE_KEY: 'test-erasure-key',
  UNSUBSCRIBE_SECRET: 'test-unsubscribe-secret',
}

// Notification vars pinned to their production values, so a developer's .dev.vars (local http endpoints, fast
// retries, forwarding) cannot change what the tests see.
const NOTIFY_VARS = {
  ALLOW_HTTP_ENDPOINTS: 'false',
  NOTIFY_RETRY_SCALE: '1',
  BOUNCE_FORWARD_TO: '',
  BOUNCE_FORWARD_FROM: '',
}

/**
 * The auxiliary mailer Worker: its `RICOCHET` service binding names the Worker under test, which
 * vitest-pool-workers runs as `vitest-pool-workers-runner-<project>` (auxiliary bindings are not renamed for us).
 */
const MAILER_WORKER = {
  name: 'mailer',
  modules: true,
  scriptPath: './test/rpc/mailer-worker.mjs',
  compatibilityDate: '2026-04-20',
  serviceBindings: { RICOCHET: { name: 'vitest-pool-workers-runner-workerd', entrypoint: 'RicochetRpc' } },
}

export default defineConfig(async (): Promise<ViteUserConfig> => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'))
  return {
    test: {
      // Request logs are useful when a test fails, noise when it passes.
      silent: 'passed-only',
      projects: [
        {
          // The Worker, its Durable Object, KV and D1, inside workerd.
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                // Migrations travel as a test-only binding and are applied by test/apply-migrations.ts.
                bindings: { ...TEST_SECRETS, ...NOTIFY_VARS, TEST_MIGRATIONS: migrations },
                // A mailer Worker bound to RicochetRpc as a customer's would be (test/rpc.test.ts).
                serviceBindings: { MAILER: 'mailer' },
                workers: [MAILER_WORKER],
              },
            }),
          ],
          test: {
            name: 'workerd',
            include: ['test/**/*.test.ts'],
            exclude: ['test/oracles/**', 'test/architecture/**', 'test/scripts/**', 'test/browser/**'],
            setupFiles: ['./test/apply-migrations.ts'],
          },
        },
        {
          // The providers' own (Node-only) libraries as independent oracles for our verifiers.
          test: { name: 'oracles', include: ['test/oracles/**/*.test.ts'], environment: 'node' },
        },
        {
          // The shape of src/ (imports, layers, where SQL lives), read from the files.
          test: { name: 'architecture', include: ['test/architecture/**/*.test.ts'], environment: 'node' },
        },
        {
          // The Node scripts' pure parts (the dev banner).
          test: { name: 'scripts', include: ['test/scripts/**/*.test.ts'], environment: 'node' },
        },
        {
          // The dashboard in a real Chromium against `wrangler dev` (test/browser/server.ts starts both).
          test: {
            name: 'browser',
            include: ['test/browser/**/*.browser.test.ts'],
            environment: 'node',
            globalSetup: ['./test/browser/server.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  }
})
