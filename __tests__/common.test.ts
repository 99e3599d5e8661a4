/** src/common: the parsers, formatters, pool and resume store shared by the CLI and the Action. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UsageError } from '../src/common/errors.js'
import { redactCredentials } from '../src/tus/url.js'
import { parseHeaderLine, parseHeaderLines } from '../src/common/headerLines.js'
import { defaultMetadata, parseMetadataEntries, parseMetadataEntry, pathInside, pathUnder } from '../src/common/metadataLines.js'
import { runPool } from '../src/common/pool.js'
import { ResumeStore, fingerprint } from '../src/common/resumeStore.js'
import { formatBytes, formatDuration, formatRate, parseCount, parseSeconds, parseSize } from '../src/common/units.js'

/** The UsageError thrown by `fn` (fails the test when there is none). */
function usageError(fn: () => unknown): UsageError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return error as UsageError
  }
  throw new Error('expected a UsageError')
}

describe('UsageError', () => {
  it('is an Error with its own name', () => {
    const error = new UsageError('bad')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('UsageError')
    expect(error.message).toBe('bad')
  })
})

describe('parseSize', () => {
  it.each([
    ['123', 123],
    ['1', 1],
    ['123B', 123],
    ['123 b', 123],
    ['8MiB', 8 * 1024 * 1024],
    ['8 MiB', 8 * 1024 * 1024],
    ['8mib', 8 * 1024 * 1024],
    ['8Mi', 8 * 1024 * 1024],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['64KiB', 65536],
    ['64kib', 65536],
    ['10MB', 10_000_000],
    ['10M', 10_000_000],
    ['10mb', 10_000_000],
    ['1kB', 1000],
    ['1KB', 1000],
    ['1k', 1000],
    ['2TiB', 2 * 1024 ** 4],
    ['1.5KiB', 1536],
    [' 4 MiB ', 4 * 1024 * 1024]
  ])('%j is %d bytes', (text, bytes) => {
    expect(parseSize(text, '--chunk-size')).toBe(bytes)
  })

  it('names the input and the fix', () => {
    expect(usageError(() => parseSize('8XB', '--chunk-size')).message).toBe(
      '--chunk-size: "8XB" is not a size; use a number of bytes or a unit such as 8MiB'
    )
  })

  it.each(['', 'abc', '8XB', '-1', '1e6', 'MiB', '8 MiB extra', '0x10', '1,5MiB', '8iB'])('rejects %j', text => {
    expect(usageError(() => parseSize(text, 'chunk-size')).message).toMatch(/^chunk-size: .* is not a size; /)
  })

  it('rejects zero and fractions of a byte', () => {
    expect(usageError(() => parseSize('0', '--chunk-size')).message).toMatch(/too small; use at least 1 byte/)
    expect(usageError(() => parseSize('0MiB', '--chunk-size')).message).toMatch(/too small/)
    expect(usageError(() => parseSize('1.5', '--chunk-size')).message).toMatch(/not a whole number of bytes/)
    expect(parseSize('1.1kB', '--chunk-size')).toBe(1100)
    expect(usageError(() => parseSize('1.0001kB', '--chunk-size')).message).toMatch(/not a whole number of bytes/)
  })

  it('rejects sizes beyond exact integers', () => {
    expect(usageError(() => parseSize('9EiB', '--chunk-size')).message).toMatch(/too large/)
  })
})

describe('parseCount', () => {
  it('accepts whole numbers within the range', () => {
    expect(parseCount('0', '--retries', { min: 0 })).toBe(0)
    expect(parseCount('5', '--retries', { min: 0 })).toBe(5)
    expect(parseCount(' 12 ', '--retries', { min: 0 })).toBe(12)
    expect(parseCount('64', '--concurrency', { min: 1, max: 64 })).toBe(64)
  })

  it('names the input and the fix', () => {
    expect(usageError(() => parseCount('abc', '--retries', { min: 0 })).message).toBe(
      '--retries: "abc" is not a whole number; use 0 or more'
    )
    expect(usageError(() => parseCount('0', '--concurrency', { min: 1, max: 64 })).message).toBe(
      '--concurrency: "0" is too small; use a whole number from 1 to 64'
    )
    expect(usageError(() => parseCount('65', '--concurrency', { min: 1, max: 64 })).message).toBe(
      '--concurrency: "65" is too large; use a whole number from 1 to 64'
    )
    expect(usageError(() => parseCount('-1', '--retries', { min: 0 })).message).toMatch(/too small; use 0 or more/)
  })

  it.each(['', '1.5', '1e3', '0x10', 'five', '3 4'])('rejects %j', text => {
    expect(usageError(() => parseCount(text, 'retries', { min: 0 })).message).toMatch(/is not a whole number/)
  })

  it('rejects numbers beyond exact integers', () => {
    expect(usageError(() => parseCount('99999999999999999999', 'n', { min: 0 })).message).toMatch(/too large/)
  })
})

describe('parseCount without a maximum', () => {
  it('names the largest whole number it takes, not "or more"', () => {
    expect(usageError(() => parseCount('99999999999999999', '--retries', { min: 0 })).message).toBe(
      '--retries: "99999999999999999" is too large; use a whole number from 0 to 9007199254740991'
    )
  })
})

describe('parseSeconds', () => {
  it('accepts non-negative numbers, fractions too', () => {
    expect(parseSeconds('0', '--retry-delay')).toBe(0)
    expect(parseSeconds('2', '--retry-delay')).toBe(2)
    expect(parseSeconds('1.5', '--retry-delay')).toBe(1.5)
    expect(parseSeconds('.25', '--retry-delay')).toBe(0.25)
    expect(parseSeconds('3.', '--retry-delay')).toBe(3)
  })

  it.each(['', '-1', 'abc', '1s', '1e3', 'Infinity', 'NaN', '1..2'])('rejects %j', text => {
    expect(usageError(() => parseSeconds(text, '--timeout')).message).toMatch(/^--timeout: .* is not a number of seconds; use 0 or more/)
  })

  it('refuses more than a timer can hold', () => {
    expect(parseSeconds('2147483', '--timeout')).toBe(2147483)
    expect(usageError(() => parseSeconds('2147484', '--timeout')).message).toBe(
      '--timeout: "2147484" is too large; use at most 2147483 seconds (24.8 days)'
    )
  })

  it('can refuse 0', () => {
    expect(parseSeconds('0.5', '--timeout', { positive: true })).toBe(0.5)
    expect(usageError(() => parseSeconds('0', '--timeout', { positive: true })).message).toBe(
      '--timeout: "0" is too small; use a number of seconds above 0, e.g. 30 or 1.5'
    )
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [15 * 1024, '15 KiB'],
    [1024 * 1024 - 1, '1 MiB'],
    [8 * 1024 * 1024, '8 MiB'],
    [1.2 * 1024 ** 3, '1.2 GiB'],
    [85.4 * 1024 ** 2, '85 MiB'],
    [3 * 1024 ** 4, '3 TiB']
  ])('%d is %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it('shows nonsense as unknown', () => {
    expect(formatBytes(Number.NaN)).toBe('? B')
    expect(formatBytes(-1)).toBe('? B')
  })
})

describe('formatRate', () => {
  it.each([
    [0, '0 B/s'],
    [512, '512 B/s'],
    [1200, '1.2 kB/s'],
    [85_000_000, '85 MB/s'],
    [85_400_000, '85 MB/s'],
    [999_999, '1 MB/s'],
    [2_500_000_000, '2.5 GB/s']
  ])('%d B/s is %j (SI, like curl)', (rate, text) => {
    expect(formatRate(rate)).toBe(text)
  })

  it('shows nonsense as unknown', () => {
    expect(formatRate(Number.POSITIVE_INFINITY)).toBe('? B/s')
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [850, '850ms'],
    [4200, '4.2s'],
    [9999, '10s'],
    [42_000, '42s'],
    [185_000, '3m05s'],
    [3_599_000, '59m59s'],
    [7_620_000, '2h07m'],
    [90_000_000, '25h00m']
  ])('%d ms is %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it('shows nonsense as unknown', () => {
    expect(formatDuration(Number.NaN)).toBe('?')
    expect(formatDuration(-5)).toBe('?')
  })
})

describe('parseMetadataEntry', () => {
  it('splits key=value at the first =', () => {
    expect(parseMetadataEntry('project=demo', '--metadata')).toEqual(['project', 'demo'])
    expect(parseMetadataEntry('query=a=b&c=d', '--metadata')).toEqual(['query', 'a=b&c=d'])
    expect(parseMetadataEntry('note=hello world', '--metadata')).toEqual(['note', 'hello world'])
    expect(parseMetadataEntry('name=Grüße ✓', '--metadata')).toEqual(['name', 'Grüße ✓'])
  })

  it('takes an empty value as the empty string and a bare key as a key without a value', () => {
    expect(parseMetadataEntry('empty=', '--metadata')).toEqual(['empty', ''])
    expect(parseMetadataEntry('flag', '--metadata')).toEqual(['flag', null])
  })

  it('rejects an empty key', () => {
    expect(usageError(() => parseMetadataEntry('=value', '--metadata')).message).toMatch(/^--metadata: "=value" has no key; use key=value/)
    expect(usageError(() => parseMetadataEntry('', '--metadata')).message).toMatch(/^--metadata: "" has no key/)
  })

  it.each(['bad key=1', 'a,b=1', 'tab\tkey', 'ключ=1'])('rejects the invalid key of %j, naming the input', text => {
    const error = usageError(() => parseMetadataEntry(text, 'metadata'))
    expect(error.message).toMatch(/^metadata: /)
    expect(error.message).not.toMatch(/\n/)
  })
})

describe('parseMetadataEntries', () => {
  it('keeps the order and the kinds of values', () => {
    expect(parseMetadataEntries(['b=2', 'a', 'c='], '--metadata')).toEqual({ b: '2', a: null, c: '' })
    expect(Object.keys(parseMetadataEntries(['b=2', 'a', 'c='], '--metadata'))).toEqual(['b', 'a', 'c'])
    expect(parseMetadataEntries([], '--metadata')).toEqual({})
  })

  it('rejects a key given twice', () => {
    expect(usageError(() => parseMetadataEntries(['a=1', 'b', 'a'], 'metadata')).message).toBe(
      'metadata: key "a" is given twice; give each key once'
    )
  })
})

describe('defaultMetadata', () => {
  it('sends the base name and the MIME type', () => {
    expect(defaultMetadata('/some/dir/image.jpeg')).toEqual({ filename: 'image.jpeg', filetype: 'image/jpeg' })
    expect(defaultMetadata('notes.txt')).toEqual({ filename: 'notes.txt', filetype: 'text/plain' })
    expect(defaultMetadata('dir/Archive.TAR.GZ')).toEqual({ filename: 'Archive.TAR.GZ', filetype: 'application/gzip' })
    expect(defaultMetadata('data.json')).toEqual({ filename: 'data.json', filetype: 'application/json' })
  })

  it('falls back to application/octet-stream', () => {
    expect(defaultMetadata('blob.unknownext')).toEqual({ filename: 'blob.unknownext', filetype: 'application/octet-stream' })
    expect(defaultMetadata('Makefile')).toEqual({ filename: 'Makefile', filetype: 'application/octet-stream' })
  })

  it('adds the relativePath it is given', () => {
    expect(defaultMetadata('/ws/dist/a/index.js', 'dist/a/index.js')).toEqual({ filename: 'index.js', filetype: 'text/javascript', relativePath: 'dist/a/index.js' })
  })
})

describe('pathInside', () => {
  it('gives the path under the base with / separators, or undefined outside it', () => {
    expect(pathInside('/ws/dist/a.zip', '/ws')).toBe('dist/a.zip')
    expect(pathInside('/ws/..hidden/a', '/ws')).toBe('..hidden/a')
    expect(pathInside('/ws', '/ws')).toBeUndefined()
    expect(pathInside('/other/a.zip', '/ws')).toBeUndefined()
    expect(pathInside('/ws2/a.zip', '/ws')).toBeUndefined()
  })
})

describe('redactCredentials', () => {
  it('hides the password of a text that is no valid URL, up to the last @', () => {
    expect(redactCredentials('https://ci:ab/cd+x=@tus.example.com:99999/files/')).toBe('https://ci:***@tus.example.com:99999/files/')
    expect(redactCredentials('http://host/files/a@b')).toBe('http://host/files/a@b')
    expect(redactCredentials('not a url')).toBe('not a url')
    // An @ in the path after host:port is no credentials; a lone user is (a token).
    expect(redactCredentials('https://tus.example.com:99999/files/user@example.com/')).toBe('https://tus.example.com:99999/files/user@example.com/')
    expect(redactCredentials('https://ghp_SECRET1234@tus.example.com:99999/files/')).toBe('https://***@tus.example.com:99999/files/')
  })
})

describe('pathUnder', () => {
  it('finds the path under a base that either side names through a symbolic link', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tus-under-')))
    try {
      mkdirSync(join(dir, 'real', 'sub'), { recursive: true })
      writeFileSync(join(dir, 'real', 'sub', 'a.txt'), 'a')
      symlinkSync(join(dir, 'real'), join(dir, 'link'))
      symlinkSync(join(dir, 'real', 'sub', 'a.txt'), join(dir, 'real', 'sub', 'b.txt'))
      expect(pathUnder(join(dir, 'real', 'sub', 'a.txt'), join(dir, 'link'))).toBe('sub/a.txt')
      expect(pathUnder(join(dir, 'link', 'sub', 'a.txt'), join(dir, 'real'))).toBe('sub/a.txt')
      // A link to a file keeps its own name.
      expect(pathUnder(join(dir, 'link', 'sub', 'b.txt'), join(dir, 'real'))).toBe('sub/b.txt')
      expect(pathUnder(join(dir, 'real', 'sub', 'a.txt'), join(dir, 'elsewhere'))).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('parseHeaderLine', () => {
  it('splits at the first colon and trims the value', () => {
    expect(parseHeaderLine('Authorization: Bearer abc', '--header')).toEqual(['Authorization', 'Bearer abc'])
    expect(parseHeaderLine('X-Time:  12:30:00  ', '--header')).toEqual(['X-Time', '12:30:00'])
    expect(parseHeaderLine('X-Empty:', '--header')).toEqual(['X-Empty', ''])
    expect(parseHeaderLine('X-Tab:\tvalue\t', '--header')).toEqual(['X-Tab', 'value'])
  })

  it('rejects a line without a colon or a name', () => {
    expect(usageError(() => parseHeaderLine('Authorization', '--header')).message).toBe(
      `--header: "Authorization" is not a header; use 'Name: value'`
    )
    expect(usageError(() => parseHeaderLine(': value', '--header')).message).toMatch(/has no header name/)
  })

  it.each(['Bad Name: x', 'Bad(Name): x', 'Ümlaut: x', 'a"b: x'])('rejects the invalid name of %j', text => {
    expect(usageError(() => parseHeaderLine(text, '--header')).message).toMatch(/is not a valid header name/)
  })

  it.each(['X-A: a\r\nInjected: 1', 'X-A: a\nb', 'X-A: a\0b', 'X-A: a\rb'])('rejects CR, LF and NUL in the value of %j', text => {
    expect(usageError(() => parseHeaderLine(text, '--header')).message).toMatch(/contains a line break or NUL/)
  })

  it.each(['Tus-Resumable: 1.0.0', 'upload-offset: 0', 'Content-Type: text/plain', 'Upload-Metadata: a'])(
    'rejects the protocol header of %j',
    text => {
      expect(usageError(() => parseHeaderLine(text, '--header')).message).toMatch(/is set by the tus protocol itself/)
    }
  )

  it.each([
    ['User-Agent: my-ci/1.0', 'User-Agent is set by the client (it names tus-upload-action and its version); remove it'],
    ['Connection: close', 'Connection is managed by the client (keep-alive); remove it'],
    ['Content-Length: 5', 'Content-Length is set by the client from the body; remove it']
  ])('rejects %j, which the client sets, instead of dropping it', (text, why) => {
    expect(usageError(() => parseHeaderLine(text, 'headers')).message).toBe(`headers: ${why}`)
  })

  it('rejects a value beyond Latin-1, which Node could not send', () => {
    expect(usageError(() => parseHeaderLine('X-V: 🎉', '--header')).message).toBe(
      '--header: the value of X-V has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it'
    )
    expect(parseHeaderLine('X-V: café', '--header')).toEqual(['X-V', 'café'])
  })

  it('takes a Host, for an endpoint given by address behind a name-based ingress', () => {
    expect(parseHeaderLine('Host: tus.internal.example', 'headers')).toEqual(['Host', 'tus.internal.example'])
  })
})

describe('parseHeaderLines', () => {
  it('collects headers', () => {
    expect(parseHeaderLines(['A: 1', 'B-C: two words'], 'headers')).toEqual({ A: '1', 'B-C': 'two words' })
    expect(parseHeaderLines([], 'headers')).toEqual({})
  })

  it('rejects a name given twice, in any case', () => {
    expect(usageError(() => parseHeaderLines(['X-A: 1', 'x-a: 2'], 'headers')).message).toBe(
      'headers: x-a is given twice; give each header once'
    )
  })
})

describe('runPool', () => {
  const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

  it('returns results in item order, whatever the order of completion', async () => {
    const delays = [30, 5, 20, 0, 10]
    const finished: number[] = []
    const results = await runPool(delays, 3, async (ms, index) => {
      await tick(ms)
      finished.push(index)
      return `item ${index}`
    })
    expect(results).toEqual(delays.map((_, i) => ({ status: 'fulfilled', value: `item ${i}` })))
    expect(finished).not.toEqual([0, 1, 2, 3, 4])
  })

  it('runs at most `concurrency` at once, and that many when it can', async () => {
    let running = 0
    let most = 0
    await runPool(Array.from({ length: 12 }, (_, i) => i), 4, async i => {
      running++
      most = Math.max(most, running)
      await tick(2 + (i % 3) * 3)
      running--
    })
    expect(most).toBe(4)
  })

  it('does not let one failure stop the others', async () => {
    const started: number[] = []
    const results = await runPool([0, 1, 2, 3], 1, async i => {
      started.push(i)
      if (i === 1) throw new Error('boom')
      if (i === 2) throw 'not an error'
      return i * 10
    })
    expect(started).toEqual([0, 1, 2, 3])
    expect(results[0]).toEqual({ status: 'fulfilled', value: 0 })
    expect(results[1]).toEqual({ status: 'rejected', reason: new Error('boom') })
    expect(results[2]).toEqual({ status: 'rejected', reason: 'not an error' })
    expect(results[3]).toEqual({ status: 'fulfilled', value: 30 })
  })

  it('catches a synchronous throw too', async () => {
    const results = await runPool([1], 2, (() => {
      throw new Error('sync')
    }) as () => Promise<never>)
    expect(results).toEqual([{ status: 'rejected', reason: new Error('sync') }])
  })

  it('handles no items and more workers than items', async () => {
    expect(await runPool([], 4, async () => 1)).toEqual([])
    expect(await runPool(['a'], 10, async x => x)).toEqual([{ status: 'fulfilled', value: 'a' }])
  })

  it('refuses a concurrency below 1', async () => {
    await expect(runPool([1], 0, async x => x)).rejects.toThrow(RangeError)
  })
})

describe('ResumeStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tus-resume-test-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const input = { absolutePath: '/data/a.bin', size: 100, mtimeMs: 1700000000123.456, endpoint: 'https://tus.example.com/files/' }

  describe('fingerprint', () => {
    it('is stable, and differs with path, size, mtime and endpoint', () => {
      const fp = fingerprint(input)
      expect(fp).toMatch(/^[0-9a-f]{64}$/)
      expect(fingerprint({ ...input })).toBe(fp)
      expect(fingerprint({ ...input, absolutePath: '/data/b.bin' })).not.toBe(fp)
      expect(fingerprint({ ...input, size: 101 })).not.toBe(fp)
      expect(fingerprint({ ...input, mtimeMs: input.mtimeMs + 1000 })).not.toBe(fp)
      expect(fingerprint({ ...input, endpoint: 'https://other.example.com/files/' })).not.toBe(fp)
    })

    it('ignores credentials in the endpoint', () => {
      expect(fingerprint({ ...input, endpoint: 'https://user:secret@tus.example.com/files/' })).toBe(fingerprint(input))
    })
  })

  it('takes an entry that is no http(s) URL for none, and follows a symbolic link to its file', async () => {
    const real = join(dir, 'real.json')
    await writeFile(real, JSON.stringify({ version: 1, uploads: { a: { url: 'garbage url' }, b: { url: 'ftp://x/y' }, c: { url: 'https://tus.example.com/files/c' } } }))
    const link = join(dir, 'link.json')
    symlinkSync(real, link)
    const store = await ResumeStore.open(link)
    expect([store.get('a'), store.get('b'), store.get('c')]).toEqual([undefined, undefined, 'https://tus.example.com/files/c'])
    await store.set('d', 'https://tus.example.com/files/d')
    expect(JSON.parse(await readFile(real, 'utf8')).uploads.d.url).toBe('https://tus.example.com/files/d')
  })

  it('round-trips through the file, across instances', async () => {
    const file = join(dir, 'resume.json')
    const store = await ResumeStore.open(file)
    const fp = fingerprint(input)
    expect(store.get(fp)).toBeUndefined()
    await store.set(fp, 'https://tus.example.com/files/abc')
    expect(store.get(fp)).toBe('https://tus.example.com/files/abc')

    const again = await ResumeStore.open(file)
    expect(again.get(fp)).toBe('https://tus.example.com/files/abc')
    const data = JSON.parse(await readFile(file, 'utf8'))
    expect(data.version).toBe(1)
    expect(data.uploads[fp].url).toBe('https://tus.example.com/files/abc')

    await again.delete(fp)
    expect(again.get(fp)).toBeUndefined()
    expect((await ResumeStore.open(file)).get(fp)).toBeUndefined()
  })

  it('treats a missing or empty file as empty, and creates the file and its directory on write', async () => {
    const file = join(dir, 'sub', 'dir', 'resume.json')
    const store = await ResumeStore.open(file)
    expect(store.get('x')).toBeUndefined()
    await store.set('x', 'http://u/1')
    expect(JSON.parse(await readFile(file, 'utf8')).uploads.x.url).toBe('http://u/1')

    const empty = join(dir, 'empty.json')
    await writeFile(empty, '')
    expect((await ResumeStore.open(empty)).get('x')).toBeUndefined()
  })

  it('fails with a clear UsageError on a corrupt file', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{not json', /invalid JSON/],
      ['[]', /not a JSON object/],
      ['{"version": 2, "uploads": {}}', /unknown version 2/],
      ['{"version": 1, "uploads": []}', /"uploads" is not an object/],
      ['{"version": 1, "uploads": {"fp": {"nourl": 1}}}', /entry "fp" has no "url"/]
    ]
    for (const [text, why] of cases) {
      const file = join(dir, 'corrupt.json')
      await writeFile(file, text)
      const error = await ResumeStore.open(file, '--resume-file').then(
        () => undefined,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(UsageError)
      expect((error as Error).message).toMatch(/^--resume-file: .*corrupt\.json is not a tus-upload resume file/)
      expect((error as Error).message).toMatch(why)
      expect((error as Error).message).toMatch(/delete it or give another file$/)
    }
  })

  it('refuses a directory', async () => {
    const sub = join(dir, 'adir')
    await mkdir(sub)
    await expect(ResumeStore.open(sub)).rejects.toThrow(/is a directory; give a file name/)
  })

  it('writes atomically: the file is always whole JSON and no temporary file is left', async () => {
    const file = join(dir, 'resume.json')
    const store = await ResumeStore.open(file)
    const writes: Promise<void>[] = []
    let readsOk = true
    const reader = (async () => {
      for (let i = 0; i < 30; i++) {
        try {
          const text = await readFile(file, 'utf8')
          JSON.parse(text)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') readsOk = false
        }
        await new Promise(resolve => setImmediate(resolve))
      }
    })()
    for (let i = 0; i < 40; i++) writes.push(store.set(`fp${i}`, `http://u/${i}`))
    await Promise.all([...writes, reader])
    expect(readsOk).toBe(true)
    expect(await readdir(dir)).toEqual(['resume.json'])
  })

  it('serializes concurrent writes from one process: none is lost', async () => {
    const file = join(dir, 'resume.json')
    const store = await ResumeStore.open(file)
    const changes: Promise<void>[] = []
    for (let i = 0; i < 25; i++) changes.push(store.set(`fp${i}`, `http://u/${i}`))
    changes.push(store.delete('fp3'))
    changes.push(store.set('fp4', 'http://u/4b'))
    await Promise.all(changes)
    await store.flush()
    const reloaded = await ResumeStore.open(file)
    for (let i = 0; i < 25; i++) {
      const expected = i === 3 ? undefined : i === 4 ? 'http://u/4b' : `http://u/${i}`
      expect(reloaded.get(`fp${i}`)).toBe(expected)
      expect(store.get(`fp${i}`)).toBe(expected)
    }
  })

  it("keeps another process's entries written meanwhile", async () => {
    const file = join(dir, 'resume.json')
    const first = await ResumeStore.open(file)
    const second = await ResumeStore.open(file)
    await first.set('a', 'http://u/a')
    await second.set('b', 'http://u/b')
    await first.delete('nothing')
    const reloaded = await ResumeStore.open(file)
    expect(reloaded.get('a')).toBe('http://u/a')
    expect(reloaded.get('b')).toBe('http://u/b')
  })

  it('fails a write with a UsageError when the file cannot be written', async () => {
    const blocker = join(dir, 'blocker')
    const store = await ResumeStore.open(join(blocker, 'resume.json'))
    await writeFile(blocker, 'a file where the directory should be')
    await expect(store.set('a', 'http://u/a')).rejects.toThrow(UsageError)
    // The queue goes on after a failed write.
    await expect(store.flush()).resolves.toBeUndefined()
  })
})
