import { createRequire } from 'node:module'

// node:crypto takes about 9 ms to load, a tenth of tus-upload's start-up, and only --resume-file
// and --ca need it: loaded on first use.
const requireBuiltin = createRequire(import.meta.url)

export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto')
}
