/** The pure parts of the command-line tools: progress lines, metadata lines, the logger. */
import { CliLogger, oneLine } from '../src/cli/logger.js'
import { formatMetadataLines, printable } from '../src/cli/metadata.js'
import { storeChange } from '../src/common/resumeStore.js'
import { renderLine, windowRate } from '../src/cli/progress.js'

describe('progress lines', () => {
  const state = (sent: number, total: number | undefined, samples: Array<{ at: number; bytes: number }> = []) => ({
    label: 'big.bin',
    total,
    sent,
    startedAt: 0,
    samples
  })

  it('show the bar, percent, bytes, rate and time left', () => {
    const samples = [
      { at: 0, bytes: 0 },
      { at: 1000, bytes: 10_000_000 }
    ]
    const line = renderLine(state(10_000_000, 40_000_000, samples), 1000, 100, 12)
    expect(line).toMatch(/^big\.bin +█+░+ {2}25% 9\.5 MiB \/ 38 MiB {2}10 MB\/s {2}3\.0s left$/)
    expect(line.length).toBeLessThan(100)
  })

  it('fit a narrow terminal', () => {
    const line = renderLine({ ...state(5, 10), label: 'a-very-long-file-name-indeed.tar.gz' }, 0, 40, 24)
    expect(line.length).toBeLessThanOrEqual(39)
    expect(line).toMatch(/^…/)
  })

  it('show bytes only for a stream of unknown length, and "finishing" once all is sent', () => {
    expect(renderLine(state(2048, undefined), 0, 100, 8)).toMatch(/ 2 KiB$/)
    expect(renderLine(state(10, 10), 0, 100, 8)).toMatch(/100% 10 B \/ 10 B {2}finishing$/)
  })

  it('rate over the last seconds', () => {
    expect(windowRate([], 0)).toBeUndefined()
    expect(windowRate([{ at: 0, bytes: 0 }], 100)).toBeUndefined()
    const samples = [
      { at: 0, bytes: 0 },
      { at: 6000, bytes: 6000 },
      { at: 8000, bytes: 10_000 }
    ]
    expect(windowRate(samples, 8000)).toBe(2000)
  })
})

describe('tus-metadata lines', () => {
  it('print key: value, a key without a value alone, control characters escaped', () => {
    expect(formatMetadataLines({ a: '1', flag: null, b: 'x: y', c: 'two\nlines\t!' })).toBe('a: 1\nflag\nb: x: y\nc: two\\x0alines\\x09!\n')
    expect(printable('Grüße \x7f')).toBe('Grüße \\x7f')
  })

  it('leave nothing that could mislead a terminal or a reader', () => {
    // A C1 control, a right-to-left override, and a literal backslash that looks like an escape.
    expect(printable('a\u009b31m\u202eb')).toBe('a\\u009b31m\\u202eb')
    expect(printable('\\x41')).toBe('\\x5cx41')
    expect(formatMetadataLines({ v: Buffer.from('C:\\dir é'), raw: Buffer.from([0xff, 0x5c, 0x41]) })).toBe('v: C:\\x5cdir é\nraw: \\xff\\x5cA\n')
  })
})

describe('storeChange (a --resume-file write)', () => {
  const logged = () => {
    const lines: string[] = []
    return { lines, logger: new CliLogger('tool', 'info', line => lines.push(line)) }
  }

  it('does not wait past its limit for a write that never returns', async () => {
    const { lines, logger } = logged()
    await storeChange(new Promise<void>(() => {}), 'recording x', m => logger.warn(m), 20)
    expect(lines).toEqual(['tool: warning: recording x takes longer than 0.02 s; going on without waiting'])
  })

  it('says nothing of a write that ends in time, and turns a failure into a warning', async () => {
    const { lines, logger } = logged()
    await storeChange(Promise.resolve(), 'recording x', m => logger.warn(m), 20)
    await storeChange(Promise.reject(new Error('EROFS')), 'recording y', m => logger.warn(m), 20)
    await new Promise(resolve => setTimeout(resolve, 40))
    expect(lines).toEqual(['tool: warning: recording y failed: EROFS'])
  })
})

describe('CliLogger', () => {
  it('filters by level and prefixes lines', () => {
    const out: string[] = []
    const logger = new CliLogger('tool', 'info', line => out.push(line))
    logger.debug('hidden')
    logger.info('hello')
    logger.warn('careful')
    logger.error('broken\n')
    logger.child('file.bin').info('done')
    expect(out).toEqual(['tool: hello', 'tool: warning: careful', 'tool: broken', 'tool: file.bin: done'])
  })

  it('shows errors only when quiet, and debug when verbose', () => {
    const quiet: string[] = []
    const q = new CliLogger('tool', 'error', line => quiet.push(line))
    q.info('no')
    q.warn('no')
    q.error('yes')
    expect(quiet).toEqual(['tool: yes'])
    const verbose: string[] = []
    new CliLogger('tool', 'debug', line => verbose.push(line)).debug('details')
    expect(verbose).toEqual(['tool: debug: details'])
  })

  it('sends lines to a sink while one is set', () => {
    const direct: string[] = []
    const sunk: string[] = []
    const logger = new CliLogger('tool', 'info', line => direct.push(line))
    logger.setSink(line => sunk.push(line))
    logger.info('a')
    logger.setSink(undefined)
    logger.info('b')
    expect(sunk).toEqual(['tool: a'])
    expect(direct).toEqual(['tool: b'])
  })

  it('oneLine joins lines', () => {
    expect(oneLine('error:\n  details here\r\n')).toBe('error: details here')
  })
})
