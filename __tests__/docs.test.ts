/** One source of truth per default: action.yml, DEFAULTS, the tools' help and the README agree. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { DEFAULTS, VERSION } from '../src/tus/index.js'
import { INPUT_NAMES, MIN_MASKED_LENGTH } from '../src/action/inputs.js'
import { PROGRESS_INTERVAL_MS } from '../src/action/progress.js'
import { STORE_WRITE_WAIT_MS } from '../src/common/resumeStore.js'
import { MAX_CONCURRENCY } from '../src/common/pool.js'
import { MAX_SUMMARY_FILES, MAX_SUMMARY_ROW_BYTES } from '../src/action/summary.js'
import { ASK_OFFSET_MS } from '../src/common/stoppedUpload.js'
import { MAX_REDIRECTS } from '../src/tus/http.js'
import { MAX_WAIT_SECONDS } from '../src/tus/options.js'
import { MAX_RETRY_AFTER_MS } from '../src/tus/retry.js'

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
}

const actionYml = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const readme = readFileSync('README.md', 'utf8')
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/** Rows of the first Markdown table after `heading`: cells without the backticks around names. */
function tableAfter(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const lines = readme.slice(start).split('\n')
  const first = lines.findIndex(line => line.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line.split(/(?<!\\)\|/).slice(1, -1).map(cell => cell.trim()))
  }
  return rows
}

const unquote = (cell: string): string => cell.replace(/^`(.*)`$/, '$1')

describe('action.yml', () => {
  test('runs the committed bundle on node24, with branding', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(actionYml.branding.icon).toBeTruthy()
  })

  test('declares exactly the inputs the code reads', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  test('its defaults are the client defaults', () => {
    expect(actionYml.inputs.retries.default).toBe(String(DEFAULTS.retries))
    expect(actionYml.inputs['retry-delay'].default).toBe(String(DEFAULTS.retryDelay))
    expect(actionYml.inputs.timeout.default).toBe(String(DEFAULTS.timeout))
    expect(actionYml.inputs.concurrency.default).toBe(String(DEFAULTS.concurrency))
    expect(actionYml.inputs['chunk-size'].default).toBe('')
    expect(actionYml.inputs['retry-delay'].description).toContain(`${DEFAULTS.retryMaxDelay} seconds`)
  })
})

describe('the README', () => {
  test('inputs table equals action.yml: names, required, defaults', () => {
    const rows = tableAfter('### Inputs')
    expect(rows.map(row => unquote(row[0]))).toEqual(Object.keys(actionYml.inputs))
    for (const [name, defaultCell] of rows) {
      const input = actionYml.inputs[unquote(name)]
      if (input.required) expect(defaultCell).toBe('(required)')
      else expect(defaultCell).toBe(input.default === '' ? "`''`" : `\`${input.default}\``)
    }
  })

  test('outputs table equals action.yml', () => {
    expect(tableAfter('### Outputs').map(row => unquote(row[0]))).toEqual(Object.keys(actionYml.outputs))
  })

  test("the tools' option defaults are the client defaults", () => {
    const rows = Object.fromEntries(tableAfter('### `tus-upload [options] <creation-url> <file>...`').map(row => [unquote(row[0]), row[1]]))
    expect(rows['--retries N']).toBe(String(DEFAULTS.retries))
    expect(rows['--retry-delay SECONDS']).toBe(String(DEFAULTS.retryDelay))
    expect(rows['--timeout SECONDS']).toBe(String(DEFAULTS.timeout))
    expect(rows['-c, --concurrency N']).toBe(String(DEFAULTS.concurrency))
  })

  test('the library options table states the client defaults', () => {
    const rows = Object.fromEntries(tableAfter('### Options').map(row => [unquote(row[0]), row[1]]))
    expect(rows.retry).toBe(`\`{ retries: ${DEFAULTS.retries}, delay: ${DEFAULTS.retryDelay}, maxDelay: ${DEFAULTS.retryMaxDelay} }\``)
    expect(rows.timeout).toBe(String(DEFAULTS.timeout))
  })

  test('the limits and waits it states are the code\'s', () => {
    const flat = readme.replace(/\s+/g, ' ')
    const MiB = 1024 * 1024
    for (const phrase of [
      `| \`concurrency\` | \`${DEFAULTS.concurrency}\` | Files uploaded at once (1 to ${MAX_CONCURRENCY}). |`,
      `| \`-c, --concurrency N\` | ${DEFAULTS.concurrency} | Files uploaded at once (1 to ${MAX_CONCURRENCY}). |`,
      `(default ${DEFAULTS.streamChunkSize / MiB} MiB for standard input)`,
      `sources up to ${DEFAULTS.creationWithUploadLimit / MiB} MiB`,
      `one HEAD of at most ${ASK_OFFSET_MS / 1000} s`,
      `(one HEAD, ${ASK_OFFSET_MS / 1000} s at most)`,
      `(capped at ${MAX_RETRY_AFTER_MS / 60_000} minutes)`,
      `at most every ${PROGRESS_INTERVAL_MS / 1000} s`,
      `takes over ${STORE_WRITE_WAIT_MS / 1000} s`,
      `Redirects (up to ${MAX_REDIRECTS})`,
      `${MAX_WAIT_SECONDS} s (${Math.floor((MAX_WAIT_SECONDS / 86_400) * 10) / 10} days`,
      `Every value of ${MIN_MASKED_LENGTH} characters or more`,
      `at most ${MAX_SUMMARY_FILES} files and ${MAX_SUMMARY_ROW_BYTES / 1000} KB of rows`
    ]) {
      expect(flat).toContain(phrase)
    }
    expect(actionYml.inputs.concurrency.description).toContain(`1 to ${MAX_CONCURRENCY}`)
    expect(actionYml.inputs.headers.description.replace(/\s+/g, ' ')).toContain(`Every value of ${MIN_MASKED_LENGTH} characters or more`)
  })

  test('opens with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(firstBlock).toMatch(/^npm ci && npm run demo/m)
    expect(firstBlock).toMatch(/^npm ci && npm test/m)
  })
})

describe('the tools', () => {
  test('their help shows the same defaults, and --version the package version', () => {
    const help = execFileSync(process.execPath, ['dist/tus-upload/index.js', '--help'], { encoding: 'utf8' })
    expect(help).toContain(`(default: ${DEFAULTS.retries};`)
    expect(help).toContain(`(default: ${DEFAULTS.retryDelay})`)
    expect(help).toContain(`(default: ${DEFAULTS.timeout})`)
    expect(help).toContain(`1 to ${MAX_CONCURRENCY} (default: ${DEFAULTS.concurrency})`)
    expect(execFileSync(process.execPath, ['dist/tus-upload/index.js', '--version'], { encoding: 'utf8' }).trim()).toBe(packageJson.version)
    expect(VERSION).toBe(packageJson.version)
  })
})
