// Contender: tus-js-client with its default options on an fs.createReadStream (one PATCH with
// the whole file, as chunkSize defaults to Infinity).
//   node tus-js-client-large.mjs <endpoint> <file>
import { createReadStream, statSync } from 'node:fs'
import { Upload } from 'tus-js-client'

const [endpoint, file] = process.argv.slice(2)
if (!endpoint || !file) {
  process.stderr.write('usage: tus-js-client-large.mjs <endpoint> <file>\n')
  process.exit(2)
}

const upload = new Upload(createReadStream(file), {
  endpoint,
  uploadSize: statSync(file).size,
  onError(error) {
    process.stderr.write(`tus-js-client: ${error}\n`)
    process.exitCode = 1
  },
  onSuccess() {
    process.stdout.write(`${upload.url}\n`)
  }
})
upload.start()
