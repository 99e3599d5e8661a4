// Checks a run's result on the server: exactly the expected files are stored, complete and
// byte-identical (sha256). Uploads are matched by content, so no contender has to report its
// upload URLs: the multiset of stored hashes must equal the multiset of source hashes.
import { sha256File } from './data.mjs'

/** Resolves to { ok, stored, expected, message }. `expected` is [{ size, sha256 }]. */
export async function verifyStore(uploads, expected) {
  const result = { ok: false, stored: uploads.length, expected: expected.length, message: '' }
  if (uploads.length !== expected.length) {
    result.message = `${uploads.length} uploads stored, ${expected.length} expected`
    return result
  }
  const want = new Map()
  for (const file of expected) {
    const key = `${file.size}:${file.sha256}`
    want.set(key, (want.get(key) ?? 0) + 1)
  }
  let bad = 0
  for (const upload of uploads) {
    const key = `${upload.size}:${await sha256File(upload.path)}`
    const left = want.get(key) ?? 0
    if (left === 0) bad++
    else want.set(key, left - 1)
  }
  result.ok = bad === 0
  result.message = bad === 0 ? `${uploads.length} of ${expected.length} files verified (sha256)` : `${bad} stored files match no source file (size or sha256)`
  return result
}
