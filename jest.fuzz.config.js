/** `npm run fuzz`: the seeded fault fuzzer, one file at a time (it starts its own servers and runs for minutes). */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['**/__tests__/fuzz/*.fuzz.ts'],
  maxWorkers: 1
}
