// Contender: the practical limit for small files on this server — a bare node:http client with a
// keep-alive agent sending one creation-with-upload POST per file (the whole file in the body),
// `--parallel N` at a time (default 8). No OPTIONS, no retries; the same metadata as tus-upload
// sends by default (filename and filetype; no relativePath, the data lying outside its cwd), so
// that the server does the same work for both.
//   node bare-http-small.mjs [--parallel N] <endpoint> <file>...
import http from 'node:http'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import mime from 'mime/lite'

const { values, positionals } = parseArgs({ options: { parallel: { type: 'string', default: '8' } }, allowPositionals: true })
const [endpoint, ...files] = positionals
const parallel = Number(values.parallel)
if (!endpoint || files.length === 0 || !(parallel >= 1)) {
  process.stderr.write('usage: bare-http-small.mjs [--parallel N] <endpoint> <file>...\n')
  process.exit(2)
}
const agent = new http.Agent({ keepAlive: true, maxSockets: parallel })

const base64 = text => Buffer.from(text).toString('base64')

function metadataHeader(file) {
  const filename = basename(file)
  return `filename ${base64(filename)},filetype ${base64(mime.getType(filename) ?? 'application/octet-stream')}`
}

function post(body, metadata) {
  return new Promise((resolve, reject) => {
    const req = http.request(endpoint, {
      method: 'POST',
      agent,
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(body.length),
        'Upload-Metadata': metadata,
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(body.length)
      }
    })
    req.on('error', reject)
    req.on('response', res => {
      res.resume()
      res.on('end', () => {
        const offset = Number(res.headers['upload-offset'])
        if (res.statusCode === 201 && offset === body.length) resolve(res.headers.location)
        else reject(new Error(`POST answered ${res.statusCode}, Upload-Offset ${res.headers['upload-offset']}`))
      })
    })
    req.end(body)
  })
}

let next = 0
let failed = 0
async function worker() {
  while (next < files.length) {
    const file = files[next++]
    try {
      await post(await readFile(file), metadataHeader(file))
    } catch (error) {
      failed++
      process.stderr.write(`bare-http: ${file}: ${error.message}\n`)
    }
  }
}
await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker))
agent.destroy()
if (failed > 0) process.exitCode = 1
