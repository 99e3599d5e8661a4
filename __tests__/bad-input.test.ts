/**
 * "Never lose an upload": one table of bad inputs, each run for real through the bundled tools
 * (dist/tus-upload, dist/tus-metadata) or the bundled Action (dist/index.js), against a real tus
 * server (@tus/server), the fault proxy, a static HTML server, a closed port or a self-signed
 * https server. Each row states the exit code and a literal piece of the one-line message the
 * user sees (stderr for the tools, the `::error::` line for the Action), and what must not have
 * happened: nothing sent for a pre-flight error, no upload left behind when creation failed, the
 * upload URL named when an upload was created before the failure.
 *
 * The README's "Bad input" section is this table: after changing a row, regenerate it with
 *   UPDATE_BAD_INPUT_DOC=1 npm test -- bad-input
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { chmod, copyFile, mkdir, stat, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fingerprint, ResumeStore } from '../src/common/resumeStore.js'
import { startFaultProxy, startHtmlServer, type FaultProxy, type StaticServer } from './helpers/faultProxy.js'
import { tusCreate } from './helpers/http.js'
import { listenOnLoopback } from './helpers/listen.js'
import { runBundledAction } from './helpers/runner.js'
import { makeSelfSignedCert, type SelfSignedCert } from './helpers/tls.js'
import { makeFile, makeTempDir, startTusServer, type TusServer, type TusServerOptions } from './helpers/tusServer.js'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const BIN = { 'tus-upload': join(DIST, 'tus-upload/index.js'), 'tus-metadata': join(DIST, 'tus-metadata/index.js') }
const README = join(ROOT, 'README.md')

/** The face a scenario is run through. */
type Through = 'tus-upload' | 'tus-metadata' | 'Action'

/**
 * What must not have happened (checked on the server's request log and store):
 * - `nothing-sent`: a pre-flight error: no request reached any server;
 * - `no-upload`: requests may have gone out, but no upload was created;
 * - `names-upload`: one upload was created before the failure, and the message names its URL
 *   (so that it can be resumed or deleted);
 * - `unnamed-upload`: the server created an upload but did not say where (no usable Location):
 *   the message blames the server, the client cannot name what it was not told;
 * - `read-only`: tus-metadata sent HEAD requests only, and the upload is unchanged.
 */
type Check = 'nothing-sent' | 'no-upload' | 'names-upload' | 'unnamed-upload' | 'read-only'

/** What a scenario's arguments or inputs are made from. */
interface Env {
  /** The working directory (the Action's workspace), holding the files below. */
  dir: string
  /** The creation URL to give: the tus server's, or the fault proxy's in front of it. */
  endpoint: string
  /** For tus-metadata: an existing upload (10 bytes, offset 0, metadata filename=f.bin). */
  uploadUrl: string
  /** The self-signed certificate of the `tls` server. */
  cert?: SelfSignedCert
}

type ServerKind = 'tus' | 'html' | 'closed' | 'tls'

export interface Scenario {
  /** The README's "Bad input" cell (Markdown). */
  name: string
  through: Through
  /** What answers at env.endpoint. Default: a real tus server (@tus/server). */
  server?: ServerKind
  tus?: TusServerOptions
  /** Faults armed on a fault proxy put in front of the tus server. */
  proxy?: (proxy: FaultProxy) => void
  /** Command-line arguments (tus-upload, tus-metadata). */
  args?: (env: Env) => string[]
  /** More setup once the servers run (before their request logs are cleared). */
  prepare?: (env: Env) => Promise<void>
  /** Action inputs (by action.yml name). */
  inputs?: (env: Env) => Record<string, string>
  exit: number
  /** A literal piece of the one line the user sees. */
  message: string
  /** A second literal piece of the same line, after the first (past a path or URL that varies). */
  more?: string
  check: Check
  /** The only request methods that may reach the server (e.g. OPTIONS: refused before POST). */
  methods?: string[]
  /** A password given in a URL: it must appear nowhere in the output. */
  secret?: string
  /** Run the tool as another user (root reads a chmod 000 file anyway). */
  unprivileged?: boolean
}

const FILE = 'f.bin' // 10 bytes
const BIG = 'big.bin' // 5000 bytes
const CHUNKED = ['--chunk-size', '1000'] // big.bin then goes in PATCH requests, after an empty POST

export const SCENARIOS: Scenario[] = [
  // ---- tus-upload: arguments, checked before anything is sent --------------------------------
  {
    name: 'Malformed creation URL (`http//host/files/`)',
    through: 'tus-upload',
    args: () => ['http//127.0.0.1/files/', FILE],
    exit: 2,
    message: 'tus-upload: creation URL: "http//127.0.0.1/files/" is not a URL; use an absolute http:// or https:// URL',
    check: 'nothing-sent'
  },
  {
    name: 'Creation URL that is not http (`ftp://…`)',
    through: 'tus-upload',
    args: () => ['ftp://127.0.0.1/files/', FILE],
    exit: 2,
    message: "tus-upload: creation URL: scheme 'ftp' is not supported; use an http:// or https:// URL",
    check: 'nothing-sent'
  },
  {
    name: 'Creation URL whose `user:password@` has a malformed %-escape (`u:100%@host`)',
    through: 'tus-upload',
    args: env => [env.endpoint.replace('http://', 'http://u:100%@'), FILE],
    exit: 2,
    message: 'tus-upload: creation URL: the user:password in it has a malformed %-escape; write a % in it as %25',
    check: 'nothing-sent'
  },
  {
    name: 'File missing',
    through: 'tus-upload',
    args: env => [env.endpoint, 'missing.bin'],
    exit: 2,
    message: 'tus-upload: missing.bin: no such file',
    check: 'nothing-sent'
  },
  {
    name: 'A directory instead of a file',
    through: 'tus-upload',
    args: env => [env.endpoint, 'adir'],
    exit: 2,
    message: 'tus-upload: adir: is a directory; give the files in it (e.g. adir/*)',
    check: 'nothing-sent'
  },
  {
    name: 'Unreadable file (`chmod 000`)',
    through: 'tus-upload',
    args: env => [env.endpoint, 'secret.bin'],
    unprivileged: true,
    exit: 2,
    message: 'tus-upload: secret.bin: permission denied',
    check: 'nothing-sent'
  },
  {
    name: 'Empty file name (`""`)',
    through: 'tus-upload',
    args: env => [env.endpoint, ''],
    exit: 2,
    message: 'tus-upload: "": empty file name; give a file path',
    check: 'nothing-sent'
  },
  {
    name: 'The same file twice (`f.bin ./f.bin`)',
    through: 'tus-upload',
    args: env => [env.endpoint, FILE, `./${FILE}`],
    exit: 2,
    message: 'tus-upload: ./f.bin: given twice (also as f.bin); give each file once',
    check: 'nothing-sent'
  },
  {
    name: '`-` (standard input) given twice',
    through: 'tus-upload',
    args: env => [env.endpoint, '-', '-'],
    exit: 2,
    message: 'tus-upload: -: standard input can be read only once; give - at most once',
    check: 'nothing-sent'
  },
  {
    name: 'Standard input given twice, as `-` and `/dev/stdin`',
    through: 'tus-upload',
    args: env => [env.endpoint, '/dev/stdin', '-'],
    exit: 2,
    message: 'tus-upload: -: standard input can be read only once; give - at most once',
    check: 'nothing-sent'
  },
  {
    name: 'No file argument',
    through: 'tus-upload',
    args: env => [env.endpoint],
    exit: 2,
    message: "tus-upload: missing required argument 'file'; see tus-upload --help",
    check: 'nothing-sent'
  },
  {
    name: 'Unknown option (`--bogus`)',
    through: 'tus-upload',
    args: env => ['--bogus', env.endpoint, FILE],
    exit: 2,
    message: "tus-upload: unknown option '--bogus'; see tus-upload --help",
    check: 'nothing-sent'
  },
  {
    name: 'Invalid metadata key (`-m "bad key=1"`)',
    through: 'tus-upload',
    args: env => ['-m', 'bad key=1', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --metadata: metadata key "bad key" is invalid; keys are printable ASCII without spaces or commas',
    check: 'nothing-sent'
  },
  {
    name: 'Metadata without a key (`-m =value`)',
    through: 'tus-upload',
    args: env => ['-m', '=value', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --metadata: "=value" has no key; use key=value, or key alone for a key without a value',
    check: 'nothing-sent'
  },
  {
    name: 'Duplicate metadata key (`-m a=1 -m a=2`)',
    through: 'tus-upload',
    args: env => ['-m', 'a=1', '-m', 'a=2', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --metadata: key "a" is given twice; give each key once',
    check: 'nothing-sent'
  },
  {
    name: 'Bad number: `--retries abc`',
    through: 'tus-upload',
    args: env => ['--retries', 'abc', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --retries: "abc" is not a whole number; use 0 or more',
    check: 'nothing-sent'
  },
  {
    name: 'Bad size: `--chunk-size 8XB`',
    through: 'tus-upload',
    args: env => ['--chunk-size', '8XB', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --chunk-size: "8XB" is not a size; use a number of bytes or a unit such as 8MiB',
    check: 'nothing-sent'
  },
  {
    name: 'Bad size: `--chunk-size 1.5`',
    through: 'tus-upload',
    args: env => ['--chunk-size', '1.5', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --chunk-size: "1.5" is not a whole number of bytes; use e.g. 1536 or 1.5KiB',
    check: 'nothing-sent'
  },
  {
    name: 'Bad number: `--concurrency 0`',
    through: 'tus-upload',
    args: env => ['--concurrency', '0', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --concurrency: "0" is too small; use a whole number from 1 to 64',
    check: 'nothing-sent'
  },
  {
    name: 'Bad number: `--timeout 0`',
    through: 'tus-upload',
    args: env => ['--timeout', '0', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --timeout: "0" is too small; use a number of seconds above 0, e.g. 30 or 1.5',
    check: 'nothing-sent'
  },
  {
    name: 'Bad number: `--retry-delay -1`',
    through: 'tus-upload',
    args: env => ['--retry-delay', '-1', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --retry-delay: "-1" is not a number of seconds; use 0 or more seconds, e.g. 2 or 0.5',
    check: 'nothing-sent'
  },
  {
    name: 'A header the client sets (`-H "User-Agent: my-ci"`)',
    through: 'tus-upload',
    args: env => ['-H', 'User-Agent: my-ci', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --header: User-Agent is set by the client (it names tus-upload-action and its version); remove it',
    check: 'nothing-sent'
  },
  {
    name: 'Header value beyond Latin-1 (`-H "X-V: 🎉"`)',
    through: 'tus-upload',
    args: env => ['-H', 'X-V: 🎉', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --header: the value of X-V has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it',
    check: 'nothing-sent'
  },
  {
    name: 'Header without a colon (`-H NoColon`)',
    through: 'tus-upload',
    args: env => ['-H', 'NoColon', env.endpoint, FILE],
    exit: 2,
    message: `tus-upload: --header: "NoColon" is not a header; use 'Name: value'`,
    check: 'nothing-sent'
  },
  {
    name: "Header value with a CR (`-H $'X-Note: a\\rb'`)",
    through: 'tus-upload',
    args: env => ['-H', 'X-Note: a\rb', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --header: the value of X-Note contains a line break or NUL; give it on one line',
    check: 'nothing-sent'
  },
  {
    name: 'Invalid header name (`-H "Bad Name: x"`)',
    through: 'tus-upload',
    args: env => ['-H', 'Bad Name: x', env.endpoint, FILE],
    exit: 2,
    message: `tus-upload: --header: "Bad Name" is not a valid header name; use letters, digits and - (e.g. 'X-Api-Key: value')`,
    check: 'nothing-sent'
  },
  {
    name: 'A tus protocol header (`-H "Upload-Offset: 5"`)',
    through: 'tus-upload',
    args: env => ['-H', 'Upload-Offset: 5', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --header: Upload-Offset is set by the tus protocol itself; remove it',
    check: 'nothing-sent'
  },
  {
    name: '`--ca` file missing',
    through: 'tus-upload',
    args: env => ['--ca', 'no-such.pem', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --ca: cannot read "no-such.pem" (no such file); give the path of a PEM file of CA certificates',
    check: 'nothing-sent'
  },
  {
    name: '`--ca` file that is not PEM',
    through: 'tus-upload',
    args: env => ['--ca', FILE, env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --ca: "f.bin" holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" ... "-----END CERTIFICATE-----" block); give a PEM file of CA certificates',
    check: 'nothing-sent'
  },
  {
    name: '`--ca` file with a broken certificate (a PEM block around garbage)',
    through: 'tus-upload',
    prepare: async env => writeFile(join(env.dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n'),
    args: env => ['--ca', 'broken.pem', env.endpoint, FILE],
    exit: 2,
    message: 'tus-upload: --ca: "broken.pem" holds a PEM block that is not a certificate: its certificate does not parse (',
    more: '); give a PEM file of CA certificates',
    check: 'nothing-sent'
  },
  {
    name: '`--resume-file` in a directory it cannot write',
    through: 'tus-upload',
    args: env => ['--resume-file', 'resume.json', env.endpoint, FILE],
    unprivileged: true,
    exit: 2,
    message: '(EACCES); give a file in a writable directory',
    check: 'nothing-sent'
  },
  {
    name: '`--resume-file` under a file (`f.bin/resume.json`)',
    through: 'tus-upload',
    args: env => ['--resume-file', 'f.bin/resume.json', env.endpoint, FILE],
    exit: 2,
    message: 'f.bin is not a directory; give a file in a directory',
    check: 'nothing-sent'
  },
  {
    name: 'Corrupt `--resume-file`',
    through: 'tus-upload',
    args: env => ['--resume-file', 'corrupt.json', env.endpoint, FILE],
    exit: 2,
    message: 'corrupt.json is not a tus-upload resume file (invalid JSON); delete it or give another file',
    check: 'nothing-sent'
  },
  // ---- tus-upload: the server -----------------------------------------------------------------
  {
    name: 'Connection refused (nothing listens on the port)',
    through: 'tus-upload',
    server: 'closed',
    args: env => ['--retries', '0', env.endpoint, FILE],
    exit: 1,
    message: 'connect ECONNREFUSED 127.0.0.1:',
    check: 'nothing-sent'
  },
  {
    name: 'Malformed creation URL with `user:password@` (`https://ci:s3cr/et@host:99999/files/`)',
    through: 'tus-upload',
    args: () => ['https://ci:s3cr/et-pw@tus.example.com:99999/files/', FILE],
    secret: 's3cr/et-pw',
    exit: 2,
    message: 'tus-upload: creation URL: "https://ci:***@tus.example.com:99999/files/" is not a URL; use an absolute http:// or https:// URL',
    check: 'nothing-sent'
  },
  {
    name: 'Creation URL with `user:password@`, connection refused',
    through: 'tus-upload',
    server: 'closed',
    args: env => ['--retries', '0', env.endpoint.replace('http://', 'http://user:s3cret-pw@'), FILE],
    secret: 's3cret-pw',
    exit: 1,
    message: 'connect ECONNREFUSED 127.0.0.1:',
    check: 'nothing-sent'
  },
  {
    name: 'A server that is not tus (HTML page, 200)',
    through: 'tus-upload',
    server: 'html',
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'is not a tus server: OPTIONS answered 200 (text/html; charset=utf-8) without Tus-Version; check the endpoint URL',
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: 'Creation URL outside the tus endpoint (404)',
    through: 'tus-upload',
    args: env => [env.endpoint.replace(/files\/$/, 'nope/'), FILE],
    exit: 1,
    message: '/nope/ answered 404, expected 201 Created',
    check: 'no-upload'
  },
  {
    name: 'A `Tus-Version` it does not speak (412 to OPTIONS, `Tus-Version: 0.2.2`)',
    through: 'tus-upload',
    proxy: p => p.respondWith(412, { method: 'OPTIONS', headers: { 'Tus-Version': '0.2.2' } }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'answered 412, expected 204 No Content (the server does not speak tus 1.0.0; it offers 0.2.2)',
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: 'A `Tus-Version` it does not speak (OPTIONS offers 2.0.0 only)',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ 'Tus-Version': '2.0.0' }, { method: 'OPTIONS' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'speaks tus 2.0.0, not 1.0.0',
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: 'File larger than the server\'s `Tus-Max-Size` (refused before sending)',
    through: 'tus-upload',
    tus: { maxSize: 1000 },
    args: env => [env.endpoint, BIG],
    exit: 1,
    message: "tus-upload: big.bin: the source is 5000 bytes, more than the server's Tus-Max-Size of 1000 bytes",
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: '413 to the creation POST',
    through: 'tus-upload',
    proxy: p => p.respondWith(413, { method: 'POST' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'answered 413, expected 201 Created (the upload is larger than the server accepts)',
    check: 'no-upload'
  },
  {
    name: '401 to the creation POST (no or wrong credentials)',
    through: 'tus-upload',
    proxy: p => p.respondWith(401, { method: 'POST' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'answered 401, expected 201 Created (check the credentials in the headers)',
    check: 'no-upload'
  },
  {
    name: '`Location` missing from the 201',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ Location: null }, { method: 'POST' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'answered 201 without a Location header; the server is not a working tus server',
    check: 'unnamed-upload'
  },
  {
    name: 'Malformed `Location` (`http://[::1`)',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ Location: 'http://[::1' }, { method: 'POST' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'server sent an upload Location that is not a URL: "http://[::1"',
    check: 'unnamed-upload'
  },
  {
    name: 'PATCH answers an offset beyond the bytes sent',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ 'Upload-Offset': '999999' }, { method: 'PATCH' }),
    args: env => [...CHUNKED, env.endpoint, BIG],
    exit: 1,
    message: 'the server answered offset 999999 for bytes 0-1000 (upload URL',
    more: ', 0 B of 4.9 KiB on the server; resume with --upload-url ',
    check: 'names-upload'
  },
  {
    name: 'PATCH keeps failing (500) after the upload was created',
    through: 'tus-upload',
    proxy: p => p.respondWith(500, { method: 'PATCH', body: 'broken' }),
    args: env => ['--retries', '0', ...CHUNKED, env.endpoint, BIG],
    exit: 1,
    message: 'answered 500, expected 204 No Content: broken (upload URL',
    more: ', 0 B of 4.9 KiB on the server; resume with --upload-url ',
    check: 'names-upload'
  },
  {
    name: 'Upload `Location` with a non-http scheme (`ftp://…`)',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ Location: 'ftp://127.0.0.1/files/x' }, { method: 'POST' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'Location with scheme ftp',
    check: 'unnamed-upload'
  },
  {
    name: 'Creation answers an offset beyond the bytes sent (creation-with-upload)',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ 'Upload-Offset': '999' }, { method: 'POST' }),
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: 'the server answered Upload-Offset 999 for a body of 10 bytes',
    check: 'names-upload'
  },
  {
    name: 'PATCH answer without `Upload-Offset`',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ 'Upload-Offset': null }, { method: 'PATCH' }),
    args: env => [...CHUNKED, env.endpoint, BIG],
    exit: 1,
    message: 'answered 204 without Upload-Offset: is this a tus server? (upload URL',
    more: ', 0 B of 4.9 KiB on the server; resume with --upload-url ',
    check: 'names-upload'
  },
  {
    name: 'Standard input to a server without `creation-defer-length`',
    through: 'tus-upload',
    proxy: p => p.rewriteResponseHeaders({ 'Tus-Extension': 'creation,creation-with-upload,termination' }, { method: 'OPTIONS' }),
    args: env => [env.endpoint, '-'],
    exit: 1,
    message: 'does not offer creation-defer-length; give its length (uploadLength, --size) or upload a file instead',
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: '`--resume-file` naming an upload of another length',
    through: 'tus-upload',
    prepare: async env => {
      const absolutePath = join(env.dir, BIG)
      const info = await stat(absolutePath)
      const store = await ResumeStore.open(join(env.dir, 'resume.json'))
      await store.set(fingerprint({ absolutePath, size: info.size, mtimeMs: info.mtimeMs, endpoint: env.endpoint }), env.uploadUrl)
    },
    args: env => ['--resume-file', 'resume.json', env.endpoint, BIG],
    exit: 1,
    message: "is an upload of 10 bytes but the source has 5000; it is not this file's upload (recorded in --resume-file",
    more: 'resume.json: remove that entry, or the file, to start a new upload)',
    check: 'no-upload',
    methods: ['OPTIONS', 'HEAD']
  },
  {
    name: 'Self-signed TLS certificate without `--ca`',
    through: 'tus-upload',
    server: 'tls',
    args: env => [env.endpoint, FILE],
    exit: 1,
    message: '(the server certificate is not trusted: trust its CA (tls.ca, --ca, ca-file), or skip verification (tls.insecure, --insecure, insecure-ssl))',
    check: 'nothing-sent'
  },
  // ---- tus-metadata ---------------------------------------------------------------------------
  {
    name: 'Malformed upload URL',
    through: 'tus-metadata',
    args: () => ['not a url'],
    exit: 2,
    message: 'tus-metadata: upload URL: "not a url" is not a URL; use an absolute http:// or https:// URL',
    check: 'nothing-sent'
  },
  {
    name: 'Bad number: `--retries -1`',
    through: 'tus-metadata',
    args: env => ['--retries', '-1', env.uploadUrl],
    exit: 2,
    message: 'tus-metadata: --retries: "-1" is too small; use 0 or more',
    check: 'nothing-sent'
  },
  {
    name: 'Upload URL that does not exist (404)',
    through: 'tus-metadata',
    args: env => [`${env.endpoint}0123456789abcdef`],
    exit: 1,
    message: 'answered 404, expected 200 OK; the upload does not exist (a wrong URL, or it expired)',
    check: 'read-only'
  },
  {
    name: 'Malformed `Upload-Metadata` from the server',
    through: 'tus-metadata',
    proxy: p => p.rewriteResponseHeaders({ 'Upload-Metadata': 'filename not*base64' }, { method: 'HEAD' }),
    args: env => [env.uploadUrl],
    exit: 1,
    message: 'server sent malformed Upload-Metadata (the value of "filename" is not valid base64): filename not*base64',
    check: 'read-only'
  },
  {
    name: 'Server offset beyond the upload length',
    through: 'tus-metadata',
    proxy: p => p.rewriteResponseHeaders({ 'Upload-Offset': '11' }, { method: 'HEAD' }),
    args: env => [env.uploadUrl],
    exit: 1,
    message: "the server's offset 11 is beyond the upload length 10",
    check: 'read-only'
  },
  {
    name: '`Upload-Offset` that is not a number',
    through: 'tus-metadata',
    proxy: p => p.rewriteResponseHeaders({ 'Upload-Offset': '-1' }, { method: 'HEAD' }),
    args: env => [env.uploadUrl],
    exit: 1,
    message: 'the server sent Upload-Offset "-1", which is not a whole number from 0 to 2^53 - 1',
    check: 'read-only'
  },
  {
    name: 'A server that is not tus (HTML page, 200)',
    through: 'tus-metadata',
    server: 'html',
    args: env => [env.uploadUrl],
    exit: 1,
    message: 'answered 200 without Upload-Offset: is this a tus server?',
    check: 'read-only'
  },
  {
    name: 'Upload URL with `user:password@`, at a server that is not tus',
    through: 'tus-metadata',
    server: 'html',
    args: env => [env.uploadUrl.replace('http://', 'http://user:s3cret-pw@')],
    secret: 's3cret-pw',
    exit: 1,
    message: 'answered 200 without Upload-Offset: is this a tus server?',
    check: 'read-only'
  },
  {
    name: '403 to the HEAD (no or wrong credentials)',
    through: 'tus-metadata',
    proxy: p => p.respondWith(403, { method: 'HEAD' }),
    args: env => [env.uploadUrl],
    exit: 1,
    message: "answered 403, expected 200 OK (check the credentials in the headers); give them with --header, e.g. --header 'Authorization: Bearer TOKEN'",
    check: 'read-only'
  },
  // ---- Action: inputs, checked before anything is sent ----------------------------------------
  {
    name: '`endpoint` missing',
    through: 'Action',
    inputs: () => ({ glob: FILE }),
    exit: 1,
    message: "Input 'endpoint' is required; give the tus creation URL, like https://tus.example.com/files/",
    check: 'nothing-sent'
  },
  {
    name: 'Malformed `endpoint`',
    through: 'Action',
    inputs: () => ({ endpoint: 'tus.example.com/files/', glob: FILE }),
    exit: 1,
    message: `Input 'endpoint': "tus.example.com/files/" is not a URL; use an absolute http:// or https:// URL`,
    check: 'nothing-sent'
  },
  {
    name: '`endpoint` that is not http (`ftp://…`)',
    through: 'Action',
    inputs: () => ({ endpoint: 'ftp://127.0.0.1/files/', glob: FILE }),
    exit: 1,
    message: "Input 'endpoint': scheme 'ftp' is not supported; use an http:// or https:// URL",
    check: 'nothing-sent'
  },
  {
    name: '`glob` matching nothing',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: 'nothing/**' }),
    exit: 1,
    message: "No files were found with the provided glob: nothing/**. No files will be uploaded. Check the 'glob' input, or set 'if-no-files-found' to warn or ignore.",
    check: 'nothing-sent'
  },
  {
    name: '`glob` matching hidden files only (`out`, holding `out/.cache/x`)',
    through: 'Action',
    prepare: async env => {
      await mkdir(join(env.dir, 'out', '.cache'), { recursive: true })
      await writeFile(join(env.dir, 'out', '.cache', 'x'), 'x')
    },
    inputs: env => ({ endpoint: env.endpoint, glob: 'out' }),
    exit: 1,
    message: "No files were found with the provided glob: out. No files will be uploaded. It matched 1 hidden file (a name starting with '.'); set 'include-hidden-files' to true to upload them.",
    check: 'nothing-sent'
  },
  {
    name: '`glob` with comments only',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: '# nothing here' }),
    exit: 1,
    message: "Input 'glob' is required; give one or more file patterns, one per line, like dist/*.zip",
    check: 'nothing-sent'
  },
  {
    name: 'Unknown `if-no-files-found` value',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, 'if-no-files-found': 'sometimes' }),
    exit: 1,
    message: `Input 'if-no-files-found': "sometimes" is not a valid value; use error, warn or ignore`,
    check: 'nothing-sent'
  },
  {
    name: 'Bad boolean (`insecure-ssl: yes`)',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, 'insecure-ssl': 'yes' }),
    exit: 1,
    message: `Input 'insecure-ssl': "yes" is not a boolean; use true or false`,
    check: 'nothing-sent'
  },
  {
    name: 'Bad number (`retries: many`)',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, retries: 'many' }),
    exit: 1,
    message: `Input 'retries': "many" is not a whole number; use 0 or more`,
    check: 'nothing-sent'
  },
  {
    name: 'Bad number (`concurrency: 100`)',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, concurrency: '100' }),
    exit: 1,
    message: `Input 'concurrency': "100" is too large; use a whole number from 1 to 64`,
    check: 'nothing-sent'
  },
  {
    name: 'Too long for a timer (`timeout: 3000000`)',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, timeout: '3000000' }),
    exit: 1,
    message: `Input 'timeout': "3000000" is too large; use at most 2147483 seconds (24.8 days)`,
    check: 'nothing-sent'
  },
  {
    name: 'Bad size (`chunk-size: 8XB`)',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, 'chunk-size': '8XB' }),
    exit: 1,
    message: `Input 'chunk-size': "8XB" is not a size; use a number of bytes or a unit such as 8MiB`,
    check: 'nothing-sent'
  },
  {
    name: 'Invalid metadata key',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, metadata: 'bad,key=1' }),
    exit: 1,
    message: `Input 'metadata': metadata key "bad,key" is invalid; keys are printable ASCII without spaces or commas`,
    check: 'nothing-sent'
  },
  {
    name: 'Duplicate metadata key',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, metadata: 'team=a\nteam=b' }),
    exit: 1,
    message: `Input 'metadata': key "team" is given twice; give each key once`,
    check: 'nothing-sent'
  },
  {
    name: 'Header without a colon',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, headers: 'Authorization Bearer x' }),
    exit: 1,
    message: `Input 'headers': "Authorization Bearer x" is not a header; use 'Name: value'`,
    check: 'nothing-sent'
  },
  {
    name: '`ca-file` missing',
    through: 'Action',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE, 'ca-file': 'no-such.pem' }),
    exit: 1,
    message: `Input 'ca-file': cannot read "no-such.pem" (no such file); give the path of a PEM file of CA certificates`,
    check: 'nothing-sent'
  },
  // ---- Action: the server ---------------------------------------------------------------------
  {
    name: 'A server that is not tus (HTML page, 200)',
    through: 'Action',
    server: 'html',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE }),
    exit: 1,
    message: 'is not a tus server: OPTIONS answered 200 (text/html; charset=utf-8) without Tus-Version; check the endpoint URL',
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: "File larger than the server's `Tus-Max-Size` (refused before sending)",
    through: 'Action',
    tus: { maxSize: 1000 },
    inputs: env => ({ endpoint: env.endpoint, glob: BIG }),
    exit: 1,
    message: "big.bin: the source is 5000 bytes, more than the server's Tus-Max-Size of 1000 bytes",
    check: 'no-upload',
    methods: ['OPTIONS']
  },
  {
    name: '403 to the creation POST',
    through: 'Action',
    proxy: p => p.respondWith(403, { method: 'POST' }),
    inputs: env => ({ endpoint: env.endpoint, glob: FILE }),
    exit: 1,
    message: 'answered 403, expected 201 Created (check the credentials in the headers)',
    check: 'no-upload'
  },
  {
    name: 'PATCH keeps failing (500) after the upload was created',
    through: 'Action',
    proxy: p => p.respondWith(500, { method: 'PATCH', body: 'broken' }),
    inputs: env => ({ endpoint: env.endpoint, glob: BIG, retries: '0', 'chunk-size': '1000' }),
    exit: 1,
    message: 'answered 500, expected 204 No Content: broken (upload URL',
    more: ', offset 0)',
    check: 'names-upload'
  },
  {
    name: 'Self-signed TLS certificate without `ca-file`',
    through: 'Action',
    server: 'tls',
    inputs: env => ({ endpoint: env.endpoint, glob: FILE }),
    exit: 1,
    message: '(the server certificate is not trusted: trust its CA (tls.ca, --ca, ca-file), or skip verification (tls.insecure, --insecure, insecure-ssl))',
    check: 'nothing-sent'
  }
]

// ---- running a scenario -------------------------------------------------------------------------

interface Outcome {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** The lines that carry errors: stderr for the tools, the `::error` lines for the Action. */
  errorLines: string[]
  /** "METHOD path" of every request that reached a server (or the fault proxy). */
  reached: string[]
  /** Uploads the tus server holds that were not there before the run. */
  newUploads: string[]
  /** The client's view of the creation URL, to tell the upload URLs of `newUploads`. */
  endpoint: string
  /** tus-metadata: the existing upload's stored offset after the run (it was 0). */
  existingOffset?: number
}

const NOBODY = 65534
const isRoot = process.getuid?.() === 0

type Run = Pick<Outcome, 'code' | 'signal' | 'stdout' | 'stderr'>

/** The bundle, copied where nobody can read it: the checkout may sit under a directory only root can enter. */
async function bundleForNobody(through: 'tus-upload' | 'tus-metadata', dir: string): Promise<string> {
  const copy = join(dir, `bin-${through}`)
  await mkdir(copy, { recursive: true })
  await copyFile(BIN[through], join(copy, 'index.js'))
  await copyFile(join(dirname(BIN[through]), 'package.json'), join(copy, 'package.json'))
  return join(copy, 'index.js')
}

async function runTool(through: 'tus-upload' | 'tus-metadata', args: string[], cwd: string, unprivileged: boolean): Promise<Run> {
  const script = unprivileged && isRoot ? await bundleForNobody(through, cwd) : BIN[through]
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Root reads a chmod 000 file anyway: the unreadable-file row runs as nobody.
    ...(unprivileged && isRoot ? { uid: NOBODY, gid: NOBODY } : {})
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  child.stdin.on('error', () => {})
  child.stdin.end()
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({ code, signal, stdout, stderr })
    })
  })
}

async function closedPort(): Promise<number> {
  const server = http.createServer()
  const { port } = new URL(await listenOnLoopback(server))
  await new Promise<void>(resolvePromise => server.close(() => resolvePromise()))
  return Number(port)
}

async function makeFiles(dir: string): Promise<void> {
  await makeFile(dir, 10, 1, FILE)
  await makeFile(dir, 5000, 2, BIG)
  await makeFile(dir, 10, 3, 'secret.bin')
  await chmod(join(dir, 'secret.bin'), 0o000)
  await mkdir(join(dir, 'adir'))
  await writeFile(join(dir, 'corrupt.json'), '{ not json')
}

type Cleanups = Array<() => Promise<void> | void>

interface ScenarioServers {
  server?: TusServer
  proxy?: FaultProxy
  html?: StaticServer
}

/** Starts what the scenario talks to and fills in `env`'s endpoint and upload URL. */
async function startScenarioServers(scenario: Scenario, env: Env, cleanups: Cleanups): Promise<ScenarioServers> {
  const kind = scenario.server ?? 'tus'
  if (kind === 'html') {
    const html = await startHtmlServer()
    cleanups.push(html.close)
    env.endpoint = `${html.url}/files/`
    env.uploadUrl = `${html.url}/files/0123456789abcdef`
    return { html }
  }
  if (kind === 'closed') {
    env.endpoint = `http://127.0.0.1:${await closedPort()}/files/`
    env.uploadUrl = `${env.endpoint}0123456789abcdef`
    return {}
  }
  if (kind === 'tls') {
    env.cert = makeSelfSignedCert()
    cleanups.push(env.cert.cleanup)
  }
  const tls = env.cert ? { key: env.cert.key, cert: env.cert.cert } : undefined
  const server = await startTusServer({ ...scenario.tus, tls })
  cleanups.push(server.close)
  const metadata = `filename ${Buffer.from(FILE).toString('base64')}`
  const created = await tusCreate(server.endpoint, 10, { headers: { 'Upload-Metadata': metadata }, ca: env.cert?.cert })
  env.endpoint = server.endpoint
  env.uploadUrl = created.location
  let proxy: FaultProxy | undefined
  if (scenario.proxy) {
    proxy = await startFaultProxy(server.url)
    cleanups.push(proxy.close)
    scenario.proxy(proxy)
    env.endpoint = proxy.proxied(server.endpoint)
    env.uploadUrl = proxy.proxied(created.location)
  }
  await scenario.prepare?.(env)
  server.resetRequests()
  proxy?.resetRequests()
  return { server, proxy }
}

/** Runs the scenario's face (the Action or a tool) and picks out its error lines. */
async function runFace(scenario: Scenario, env: Env): Promise<{ run: Run, errorLines: string[] }> {
  if (scenario.through === 'Action') {
    const run = await runBundledAction({ cwd: env.dir, inputs: scenario.inputs?.(env) ?? {}, timeoutMs: 30_000 })
    return { run, errorLines: run.stdout.split('\n').filter(line => line.startsWith('::error')) }
  }
  const unprivileged = scenario.unprivileged === true
  if (unprivileged && isRoot) await chmod(env.dir, 0o755) // mkdtemp's 0700 would hide everything from nobody
  const run = await runTool(scenario.through, scenario.args?.(env) ?? [], env.dir, unprivileged)
  return { run, errorLines: run.stderr.split('\n').filter(line => line !== '') }
}

async function runScenario(scenario: Scenario): Promise<Outcome> {
  const cleanups: Cleanups = []
  try {
    const tmp = await makeTempDir('tus-bad-input-')
    cleanups.push(tmp.cleanup)
    await makeFiles(tmp.dir)
    const env: Env = { dir: tmp.dir, endpoint: '', uploadUrl: '' }
    const { server, proxy, html } = await startScenarioServers(scenario, env, cleanups)
    const before = new Set(server?.uploadIds() ?? [])
    const { run, errorLines } = await runFace(scenario, env)
    const reached = [
      ...(server?.requests ?? []).map(r => `${r.method} ${r.path}`),
      ...(proxy?.requests ?? []).map(r => `${r.method} ${r.path} (proxy)`),
      ...(html?.requests ?? []).map(r => `${r.method} ${r.path}`)
    ]
    return {
      ...run,
      errorLines,
      reached,
      newUploads: (server?.uploadIds() ?? []).filter(id => !before.has(id)),
      endpoint: env.endpoint,
      existingOffset: server?.storedOffset(env.uploadUrl)
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}

// ---- the table as Markdown ----------------------------------------------------------------------

/** A code span for a table cell: `|` escaped (GFM), fenced with more backticks than it holds. */
export function codeCell(text: string): string {
  const escaped = text.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(escaped.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = escaped.startsWith('`') || escaped.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${escaped}${pad}${fence}`
}

/** The message cell: the tested text, and its second piece after an ellipsis. */
export function messageCell(scenario: Scenario): string {
  return scenario.more === undefined ? codeCell(scenario.message) : `${codeCell(scenario.message)} … ${codeCell(scenario.more)}`
}

export function renderTable(scenarios: readonly Scenario[]): string {
  const rows = scenarios.map(s => `| ${s.name.replace(/\|/g, '\\|')} | \`${s.through}\` | ${s.exit} | ${messageCell(s)} |`)
  return ['| Bad input | Through | Exit code | Message (tested) |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

// ---- the tests ----------------------------------------------------------------------------------

beforeAll(() => {
  for (const bundle of [BIN['tus-upload'], BIN['tus-metadata'], join(DIST, 'index.js')]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing; run npm run bundle before these tests`)
  }
})

/** Runs a scenario and checks the exit code, the one-line message and what must not have happened. */
async function expectScenario(scenario: Scenario): Promise<void> {
  const outcome = await runScenario(scenario)
  const all = `${outcome.stdout}\n${outcome.stderr}`
  expect(outcome.signal).toBeNull()
  // The message, on exactly one line; no stack trace, no internal error.
  const matching = outcome.errorLines.filter(line => line.includes(scenario.message))
  expect(matching).toEqual([expect.any(String)])
  const [line] = matching
  if (scenario.more !== undefined) expect(line.slice(line.indexOf(scenario.message) + scenario.message.length)).toContain(scenario.more)
  expect(all).not.toContain('\n    at ')
  expect(all).not.toMatch(/internal error/i)
  if (scenario.secret !== undefined) expect(all).not.toContain(scenario.secret)
  expect(line).not.toMatch(/%0A|%0D/) // a line break in an Action message, escaped by @actions/core
  expect(outcome.code).toBe(scenario.exit)
  if (scenario.through === 'Action') {
    // One annotation: no second one from setFailed, none per retry.
    expect(outcome.errorLines).toEqual([line])
  } else {
    // Nothing on stdout: it holds only upload URLs or metadata, and nothing was done.
    expect(outcome.stdout).toBe('')
    if (scenario.exit === 2) expect(outcome.errorLines).toEqual([line])
  }

  if (scenario.methods) {
    const methods = outcome.reached.map(r => r.split(' ')[0])
    expect(methods.filter(m => !scenario.methods?.includes(m))).toEqual([])
  }
  expectCheck(scenario, outcome, line)
}

/** What must not have happened (or must have), by the scenario's check. */
function expectCheck(scenario: Scenario, outcome: Outcome, line: string): void {
  switch (scenario.check) {
    case 'nothing-sent':
      expect(outcome.reached).toEqual([])
      expect(outcome.newUploads).toEqual([])
      break
    case 'no-upload':
      expect(outcome.newUploads).toEqual([])
      break
    case 'names-upload':
      expect(outcome.newUploads).toHaveLength(1)
      expect(line).toContain(`upload URL ${outcome.endpoint}${outcome.newUploads[0]}`)
      break
    case 'unnamed-upload':
      // The server made an upload but did not say where: the message says the server is at fault.
      expect(outcome.newUploads).toHaveLength(1)
      expect(line).not.toContain(outcome.newUploads[0])
      break
    case 'read-only':
      expect(outcome.reached.filter(r => !r.startsWith('HEAD '))).toEqual([])
      expect(outcome.newUploads).toEqual([])
      if (outcome.existingOffset !== undefined) expect(outcome.existingOffset).toBe(0)
      break
  }
}

describe('bad input', () => {
  test.concurrent.each(SCENARIOS.map(s => [`${s.through}: ${s.name}`, s] as const))('%s', async (_title, scenario) => {
    await expectScenario(scenario)
  })
})

describe('the table', () => {
  test('has at least 30 rows, each a distinct (face, bad input)', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30)
    const keys = SCENARIOS.map(s => `${s.through}: ${s.name}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const s of SCENARIOS) {
      expect(s.message.trim()).not.toBe('')
      expect(s.through === 'Action' ? s.inputs : s.args).toBeDefined()
    }
  })

  test("the README's Bad input section is the table of these scenarios", () => {
    const readme = readFileSync(README, 'utf8')
    const table = renderTable(SCENARIOS)
    const current = /^\| Bad input \|.*\n(?:\|.*\n?)*/m.exec(readme)?.[0].trimEnd()
    expect(current).toBeDefined()
    if (process.env.UPDATE_BAD_INPUT_DOC && current !== undefined) writeFileSync(README, readme.replace(current, () => table)) // not a pattern: the table holds $'
    for (const scenario of SCENARIOS) expect(current).toContain(messageCell(scenario))
    expect(current).toBe(table)
  })
})
