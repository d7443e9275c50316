// `npm run fuzz`: the long fuzz run. FUZZ_RUNS cases in total (default
// 100,000) spread over the pipeline properties of tests/fuzz/pipeline.test.ts,
// plus the worst-case inputs of tests/fuzz/worst-case.test.ts; FUZZ_SEED
// picks another seed. The run prints the count and the time. The fast suite
// (vitest.config.ts) runs a smaller, seed-fixed share of the same properties.
import {defineConfig} from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaces (not extends) the fast suite's include.
    include: ['tests/fuzz/**/*.test.ts'],
    env: {FUZZ_RUNS: process.env.FUZZ_RUNS ?? '100000'},
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000
  }
})
