// Contender: tus-js-client uploading many files, sequentially by default or `--parallel N` at a
// time; `--data-during-creation` sends each file in its creation POST (uploadDataDuringCreation).
// Each upload carries the metadata tus-upload sends by default (filename and filetype; no
// relativePath, the data lying outside its cwd).
//   node tus-js-client-small.mjs [--parallel N] [--data-during-creation] <endpoint> <file>...
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import mime from 'mime/lite'
import { Upload } from 'tus-js-client'

const { values, positionals } = parseArgs({
  options: { parallel: { type: 'string', default: '1' }, 'data-during-creation': { type: 'boolean', default: false } },
  allowPositionals: true
})
const [endpoint, ...files] = positionals
const parallel = Number(values.parallel)
if (!endpoint || files.length === 0 || !(parallel >= 1)) {
  process.stderr.write('usage: tus-js-client-small.mjs [--parallel N] [--data-during-creation] <endpoint> <file>...\n')
  process.exit(2)
}

function uploadOne(file) {
  return new Promise((resolve, reject) => {
    const upload = new Upload(createReadStream(file), {
      endpoint,
      uploadSize: statSync(file).size,
      uploadDataDuringCreation: values['data-during-creation'],
      metadata: { filename: basename(file), filetype: mime.getType(basename(file)) ?? 'application/octet-stream' },
      onError: reject,
      onSuccess: () => resolve(upload.url)
    })
    upload.start()
  })
}

// `parallel` workers take the next file until none is left.
let next = 0
let failed = 0
async function worker() {
  while (next < files.length) {
    const file = files[next++]
    try {
      await uploadOne(file)
    } catch (error) {
      failed++
      process.stderr.write(`tus-js-client: ${file}: ${error}\n`)
    }
  }
}
await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker))
if (failed > 0) process.exitCode = 1
