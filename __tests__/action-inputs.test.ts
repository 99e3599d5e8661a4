/**
 * The Action's inputs, fed as the runner does: env vars INPUT_<NAME> (uppercase, hyphens kept).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { UsageError } from '../src/common/errors.js'
import { INPUT_NAMES, maskSecrets, readInputs } from '../src/action/inputs.js'
import { makeSelfSignedCert } from './helpers/tls.js'

function envName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[envName(name)] = value
}

function clearInputs(): void {
  for (const name of INPUT_NAMES) delete process.env[envName(name)]
}

const REQUIRED = { endpoint: 'https://tus.example.com/files/', glob: 'dist/*.zip' }

/** The UsageError message of readInputs() with `inputs` on top of the required ones. */
function errorOf(inputs: Record<string, string>): string {
  clearInputs()
  setInputs({ ...REQUIRED, ...inputs })
  try {
    readInputs()
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('readInputs() accepted the inputs')
}

beforeEach(clearInputs)
afterEach(clearInputs)

describe('readInputs: defaults', () => {
  it('reads the required inputs and defaults the rest from the client defaults', () => {
    setInputs(REQUIRED)
    expect(readInputs()).toEqual({
      endpoint: 'https://tus.example.com/files/',
      glob: 'dist/*.zip',
      metadata: {},
      defaultMetadata: true,
      headers: {},
      allowCrossOriginHeaders: false,
      retries: 5,
      retryDelay: 1,
      timeout: 60,
      chunkSize: undefined,
      concurrency: 4,
      insecureSsl: false,
      ca: undefined,
      ifNoFilesFound: 'error',
      includeHiddenFiles: false,
      methodOverride: false
    })
  })

  it("reads the runner-supplied defaults of action.yml as the code's own defaults", () => {
    const actionYml = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }
    setInputs(REQUIRED)
    const codeDefaults = readInputs()
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      if (input.default !== undefined) setInputs({ [name]: input.default })
    }
    expect(readInputs()).toEqual(codeDefaults)
  })
})

describe('readInputs: valid values', () => {
  it('parses every input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tus-ca-'))
    const caFile = path.join(dir, 'ca.pem')
    const cert = makeSelfSignedCert()
    const pem = cert.cert
    cert.cleanup()
    writeFileSync(caFile, pem)
    try {
      setInputs({
        endpoint: 'http://user:secret@localhost:1080/files/',
        glob: 'dist/**\n!dist/*.map\n',
        metadata: 'project=demo\nempty=\nflag\nformula=a=b',
        'default-metadata': 'FALSE',
        headers: 'Authorization: Bearer abc\nX-Trace:  42 ',
        'allow-cross-origin-headers': 'True',
        retries: '0',
        'retry-delay': '0.5',
        timeout: '30',
        'chunk-size': '8MiB',
        concurrency: '16',
        'insecure-ssl': 'TRUE',
        'ca-file': caFile,
        'if-no-files-found': 'Warn',
        'include-hidden-files': 'true',
        'method-override': 'true'
      })
      expect(readInputs()).toEqual({
        endpoint: 'http://user:secret@localhost:1080/files/',
        glob: 'dist/**\n!dist/*.map',
        metadata: { project: 'demo', empty: '', flag: null, formula: 'a=b' },
        defaultMetadata: false,
        headers: { Authorization: 'Bearer abc', 'X-Trace': '42' },
        allowCrossOriginHeaders: true,
        retries: 0,
        retryDelay: 0.5,
        timeout: 30,
        chunkSize: 8 * 1024 * 1024,
        concurrency: 16,
        insecureSsl: true,
        ca: pem,
        ifNoFilesFound: 'warn',
        includeHiddenFiles: true,
        methodOverride: true
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('accepts chunk sizes in SI and IEC units', () => {
    setInputs({ ...REQUIRED, 'chunk-size': '10MB' })
    expect(readInputs().chunkSize).toBe(10_000_000)
    setInputs({ 'chunk-size': '1048576' })
    expect(readInputs().chunkSize).toBe(1048576)
  })

  it('accepts an injected getInput', () => {
    const values: Record<string, string> = { ...REQUIRED, 'if-no-files-found': 'ignore' }
    expect(readInputs((name) => values[name] ?? '').ifNoFilesFound).toBe('ignore')
  })
})

describe('readInputs: invalid values name the input and the fix', () => {
  it('endpoint', () => {
    expect(errorOf({ endpoint: 'https://user:100%@tus.example.com/files/' })).toBe(
      "Input 'endpoint': the user:password in it has a malformed %-escape; write a % in it as %25"
    )
    expect(errorOf({ endpoint: '' })).toBe(
      "Input 'endpoint' is required; give the tus creation URL, like https://tus.example.com/files/"
    )
    expect(errorOf({ endpoint: 'ftp://files.example.com/upload' })).toBe(
      "Input 'endpoint': scheme 'ftp' is not supported; use an http:// or https:// URL"
    )
    expect(errorOf({ endpoint: 'tus.example.com/files' })).toBe(
      'Input \'endpoint\': "tus.example.com/files" is not a URL; use an absolute http:// or https:// URL'
    )
  })

  it('glob', () => {
    const message = "Input 'glob' is required; give one or more file patterns, one per line, like dist/*.zip"
    expect(errorOf({ glob: '' })).toBe(message)
    expect(errorOf({ glob: '# only a comment\n\n' })).toBe(message)
  })

  it('retries', () => {
    expect(errorOf({ retries: 'abc' })).toBe('Input \'retries\': "abc" is not a whole number; use 0 or more')
    expect(errorOf({ retries: '-1' })).toBe('Input \'retries\': "-1" is too small; use 0 or more')
    expect(errorOf({ retries: '1.5' })).toBe('Input \'retries\': "1.5" is not a whole number; use 0 or more')
  })

  it('retry-delay', () => {
    expect(errorOf({ 'retry-delay': 'soon' })).toBe(
      'Input \'retry-delay\': "soon" is not a number of seconds; use 0 or more seconds, e.g. 2 or 0.5'
    )
    expect(errorOf({ 'retry-delay': '-1' })).toBe(
      'Input \'retry-delay\': "-1" is not a number of seconds; use 0 or more seconds, e.g. 2 or 0.5'
    )
  })

  it('timeout', () => {
    expect(errorOf({ timeout: '1m' })).toBe(
      'Input \'timeout\': "1m" is not a number of seconds; use a number of seconds above 0, e.g. 30 or 1.5'
    )
    expect(errorOf({ timeout: '0' })).toBe(
      'Input \'timeout\': "0" is too small; use a number of seconds above 0, e.g. 30 or 1.5'
    )
  })

  it('chunk-size', () => {
    expect(errorOf({ 'chunk-size': 'big' })).toBe(
      'Input \'chunk-size\': "big" is not a size; use a number of bytes or a unit such as 8MiB'
    )
    expect(errorOf({ 'chunk-size': '0' })).toBe('Input \'chunk-size\': "0" is too small; use at least 1 byte')
  })

  it('concurrency', () => {
    expect(errorOf({ concurrency: 'four' })).toBe(
      'Input \'concurrency\': "four" is not a whole number; use a whole number from 1 to 64'
    )
    expect(errorOf({ concurrency: '0' })).toBe('Input \'concurrency\': "0" is too small; use a whole number from 1 to 64')
    expect(errorOf({ concurrency: '65' })).toBe('Input \'concurrency\': "65" is too large; use a whole number from 1 to 64')
  })

  it('metadata', () => {
    expect(errorOf({ metadata: 'bad key=1' })).toBe(
      'Input \'metadata\': metadata key "bad key" is invalid; keys are printable ASCII without spaces or commas'
    )
    expect(errorOf({ metadata: '=value' })).toBe(
      'Input \'metadata\': "=value" has no key; use key=value, or key alone for a key without a value'
    )
    expect(errorOf({ metadata: 'a=1\nb=2\na=3' })).toBe('Input \'metadata\': key "a" is given twice; give each key once')
  })

  it('headers', () => {
    expect(errorOf({ headers: 'Authorization Bearer abc' })).toBe(
      'Input \'headers\': "Authorization Bearer abc" is not a header; use \'Name: value\''
    )
    expect(errorOf({ headers: 'X-Injected: a\rSet-Cookie: b' })).toBe(
      "Input 'headers': the value of X-Injected contains a line break or NUL; give it on one line"
    )
    expect(errorOf({ headers: 'X-Nul: a\u0000b' })).toBe(
      "Input 'headers': the value of X-Nul contains a line break or NUL; give it on one line"
    )
    expect(errorOf({ headers: 'Bad Name: x' })).toBe(
      'Input \'headers\': "Bad Name" is not a valid header name; use letters, digits and - (e.g. \'X-Api-Key: value\')'
    )
  })

  it('if-no-files-found', () => {
    expect(errorOf({ 'if-no-files-found': 'fail' })).toBe(
      'Input \'if-no-files-found\': "fail" is not a valid value; use error, warn or ignore'
    )
  })

  it('booleans', () => {
    expect(errorOf({ 'insecure-ssl': 'yes' })).toBe('Input \'insecure-ssl\': "yes" is not a boolean; use true or false')
    expect(errorOf({ 'default-metadata': '0' })).toBe(
      'Input \'default-metadata\': "0" is not a boolean; use true or false'
    )
    expect(errorOf({ 'allow-cross-origin-headers': 'on' })).toBe(
      'Input \'allow-cross-origin-headers\': "on" is not a boolean; use true or false'
    )
  })

  it('ca-file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tus-ca-'))
    try {
      const missing = path.join(dir, 'missing.pem')
      expect(errorOf({ 'ca-file': missing })).toBe(
        `Input 'ca-file': cannot read ${JSON.stringify(missing)} (no such file); give the path of a PEM file of CA certificates`
      )
      const notPem = path.join(dir, 'ca.txt')
      writeFileSync(notPem, 'hello')
      expect(errorOf({ 'ca-file': notPem })).toBe(
        `Input 'ca-file': ${JSON.stringify(notPem)} holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" ... "-----END CERTIFICATE-----" block); give a PEM file of CA certificates`
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('maskSecrets', () => {
  function masked(inputs: Record<string, string>): string[] {
    const secrets: string[] = []
    maskSecrets((name) => inputs[name] ?? '', (secret) => secrets.push(secret))
    return secrets
  }

  it('masks the endpoint password: as written, decoded, and as Basic credentials', () => {
    const basic = Buffer.from('user:p@ss').toString('base64')
    expect(masked({ endpoint: 'https://user:p%40ss@tus.example.com/files/' })).toEqual(['p%40ss', 'p@ss', basic])
  })

  it('masks nothing for an endpoint without a password', () => {
    expect(masked({ endpoint: 'https://user@tus.example.com/files/' })).toEqual([])
    expect(masked({ endpoint: 'https://tus.example.com/files/' })).toEqual([])
  })

  it('masks a password even in an endpoint that is not a valid URL', () => {
    expect(masked({ endpoint: 'https://user:hunter2@bad host/files' })).toEqual(['hunter2'])
  })

  it('masks a lone user (a token), in a valid endpoint and in one that is not', () => {
    expect(masked({ endpoint: 'https://ghp_SECRET1234567890@tus.example.com/files/' })).toEqual(['ghp_SECRET1234567890', 'ghp_SECRET1234567890', Buffer.from('ghp_SECRET1234567890:').toString('base64')])
    expect(masked({ endpoint: 'https://ghp_SECRET1234567890@tus.example.com:99999/files/' })).toEqual(['ghp_SECRET1234567890'])
    expect(masked({ endpoint: 'https://tus.example.com:99999/files/user@example.com/' })).toEqual([])
  })

  it('masks a password holding a / in an endpoint that is not a valid URL (base64 tokens do)', () => {
    expect(masked({ endpoint: 'https://ci:ab/cdSECRET+x=@tus.example.com/files/' })).toEqual(['ab/cdSECRET+x='])
  })

  it('masks every header value, and whole lines that are not headers', () => {
    expect(masked({ headers: 'Authorization: Bearer abc\n\nX-Api-Key:k3y4\nbroken line\nX-Empty:' })).toEqual([
      'Bearer abc',
      'k3y4',
      'broken line'
    ])
  })

  it('leaves values under 4 characters alone: they are no credentials, and would hide every "1" in the log', () => {
    expect(masked({ headers: 'X-Debug: 1\nX-Mode: off\nX-Token: abcd' })).toEqual(['abcd'])
  })

  it('leaves a Host value alone: a server name, which would hide every URL on that host', () => {
    expect(masked({ headers: 'host: uploads.example.test\nX-Token: abcd' })).toEqual(['abcd'])
  })

  it('leaves the value of a header the client sets alone: it is refused, and PATCH is no credential', () => {
    expect(masked({ headers: 'X-HTTP-Method-Override: PATCH\nUser-Agent: my-ci-bot\nX-Token: abcd' })).toEqual(['abcd'])
  })
})
