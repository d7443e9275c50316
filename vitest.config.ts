import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Examples and configs import the package by name, as users do; in tests
    // that name means the source, so no build is needed first.
    alias: {corroborate: fileURLToPath(new URL('src/index.ts', import.meta.url))}
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // A passing run prints the summary only; failures print in full, with
    // the console output of the failing tests. For every file and every
    // log line: `npx vitest run --reporter=default --silent=false`.
    reporters: ['minimal'],
    silent: 'passed-only',
    testTimeout: 60_000
  }
})
