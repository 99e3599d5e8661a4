// Contender: a plain Node reference for one large file — a bare node:http client doing what curl
// does: a creation POST, then one PATCH streaming the whole file (fs.createReadStream piped into
// the request, Node's defaults). No OPTIONS, no retries, no resume. It shows, in the same run, how
// far a Node client with none of tus-upload's work stands from curl (not a floor: tus-upload's
// pooled reads use a third of its CPU, and it has been both faster and slower than tus-upload).
//   node bare-http-large.mjs <endpoint> <file>
import http from 'node:http'
import { createReadStream, statSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'

const [endpoint, file] = process.argv.slice(2)
if (!endpoint || !file) {
  process.stderr.write('usage: bare-http-large.mjs <endpoint> <file>\n')
  process.exit(2)
}
const size = statSync(file).size
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

function request(url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: { 'Tus-Resumable': '1.0.0', ...headers } })
    req.on('error', reject)
    req.on('response', res => {
      res.resume()
      res.on('end', () => resolve(res))
    })
    if (body) pipeline(body, req).catch(reject)
    else req.end()
  })
}

const created = await request(endpoint, 'POST', { 'Upload-Length': String(size) })
if (created.statusCode !== 201 || !created.headers.location) throw new Error(`POST answered ${created.statusCode}`)
const location = new URL(created.headers.location, endpoint).href
const patched = await request(
  location,
  'PATCH',
  { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream', 'Content-Length': String(size) },
  createReadStream(file)
)
agent.destroy()
if (patched.statusCode !== 204 || Number(patched.headers['upload-offset']) !== size) {
  throw new Error(`PATCH answered ${patched.statusCode}, Upload-Offset ${patched.headers['upload-offset']}`)
}
process.stdout.write(`${location}\n`)
