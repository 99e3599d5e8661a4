// The cases of the issue — large, small, memory — as contenders over freshly made data. Each
// case makes its data in its own directory and removes it when done, so the disk holds one
// case's data (plus one run's uploads in the store) at a time.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freeBytes, makeFile, MiB } from './data.mjs'
import { runCase } from './runner.mjs'

const contender = name => fileURLToPath(new URL(`../contenders/${name}`, import.meta.url))
const TJS_LARGE = contender('tus-js-client-large.mjs')
const TJS_SMALL = contender('tus-js-client-small.mjs')
const BARE_SMALL = contender('bare-http-small.mjs')
const BARE_LARGE = contender('bare-http-large.mjs')
const CURL_LARGE = contender('curl-large.sh')
// Room left free on the disk beyond the data and one run's uploads.
const DISK_MARGIN = 512 * MiB

export function sizeLabel(bytes) {
  if (bytes >= 1024 * MiB) return `${+(bytes / (1024 * MiB)).toFixed(2)} GiB`
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`
  return `${+(bytes / 1024).toFixed(1)} KiB`
}

// Generous: a stuck contender is ended, not waited for; 10 MB/s is far below loopback speeds.
const timeoutFor = bytes => 120_000 + (bytes / 10e6) * 1000

function hasCurl() {
  return spawnSync('curl', ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0
}

function tusUploadSkip(ctx) {
  return existsSync(ctx.opts.tusUpload) ? undefined : `${ctx.opts.tusUpload} does not exist (run npm run bundle)`
}

function tusUpload(ctx, id, label, files, bytes) {
  return {
    id,
    label,
    spec: { node: true, script: ctx.opts.tusUpload, args: ['--quiet', ctx.server.endpoint, ...files.map(f => f.path)] },
    expected: files,
    bytes,
    timeoutMs: timeoutFor(bytes),
    skip: tusUploadSkip(ctx)
  }
}

/** Makes the case's data, runs it, removes the data (even on failure). */
async function withData(ctx, name, make, run) {
  const dir = join(ctx.work.data, name)
  await mkdir(dir)
  try {
    process.stderr.write(`making the ${name} data in ${dir} ...\n`)
    return await run(await make(dir))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function largeCase(ctx) {
  const size = ctx.opts.sizes.large
  const free = await freeBytes(ctx.work.root)
  if (free < 2 * size + DISK_MARGIN) return skippedCase('large', `only ${sizeLabel(free)} free, ${sizeLabel(2 * size + DISK_MARGIN)} needed`)
  return withData(ctx, 'large', dir => makeFile(join(dir, 'large.bin'), size, 'large'), file => {
    const files = [file]
    const notes = ctx.method === 'gnu-time' ? [] : ['curl: no CPU time or peak RSS without GNU time (/usr/bin/time)']
    return runCase(ctx, {
      name: 'large',
      title: `Large: one file of ${sizeLabel(size)}`,
      compare: { ref: 'curl', label: 'curl', metric: 'wallMs' },
      notes,
      contenders: [
        {
          id: 'curl', label: 'curl (POST, then one PATCH -T)', expected: files, bytes: size, timeoutMs: timeoutFor(size),
          spec: { cmd: 'sh', args: [CURL_LARGE, ctx.server.endpoint, file.path, String(size)] },
          skip: hasCurl() ? undefined : 'curl is not installed'
        },
        tusUpload(ctx, 'tus-upload', 'tus-upload', files, size),
        {
          id: 'tus-js-client', label: 'tus-js-client (defaults, ReadStream)', expected: files, bytes: size, timeoutMs: timeoutFor(size),
          spec: { node: true, script: TJS_LARGE, args: [ctx.server.endpoint, file.path] }
        },
        {
          id: 'bare-http', label: 'bare node:http (POST, one PATCH)', expected: files, bytes: size, timeoutMs: timeoutFor(size),
          spec: { node: true, script: BARE_LARGE, args: [ctx.server.endpoint, file.path] }
        }
      ]
    })
  })
}

async function makeSmallFiles(dir, count, size) {
  const files = []
  for (let i = 0; i < count; i++) files.push(await makeFile(join(dir, `small-${String(i).padStart(4, '0')}.bin`), size, `small-${i}`))
  return files
}

export async function smallCase(ctx) {
  const { smallCount: count, small: size } = ctx.opts.sizes
  const bytes = count * size
  return withData(ctx, 'small', dir => makeSmallFiles(dir, count, size), files => {
    const paths = files.map(f => f.path)
    const node = (id, label, script, args) => ({
      id, label, expected: files, bytes, timeoutMs: timeoutFor(bytes),
      spec: { node: true, script, args: [...args, ctx.server.endpoint, ...paths] }
    })
    return runCase(ctx, {
      name: 'small',
      title: `Small: ${count} files of ${sizeLabel(size)}, one invocation each`,
      compare: { ref: 'bare-http', label: 'bare http', metric: 'wallMs' },
      contenders: [
        tusUpload(ctx, 'tus-upload', 'tus-upload (default concurrency)', files, bytes),
        node('tus-js-client-seq', 'tus-js-client sequential', TJS_SMALL, []),
        node('tus-js-client-best', 'tus-js-client 8 at a time, data in POST', TJS_SMALL, ['--parallel', '8', '--data-during-creation']),
        node('bare-http', 'bare node:http, 8 at a time', BARE_SMALL, ['--parallel', '8'])
      ]
    })
  })
}

/** The memory sizes that fit on the disk: the largest are dropped first, with a note. */
async function memorySizes(ctx, notes) {
  const free = await freeBytes(ctx.work.root)
  const sizes = [...ctx.opts.sizes.memory].sort((a, b) => a - b)
  while (sizes.length > 0) {
    const need = sizes.reduce((a, b) => a + b, 0) + sizes.at(-1) + DISK_MARGIN
    if (need <= free) break
    notes.push(`memory ${sizeLabel(sizes.at(-1))} skipped: only ${sizeLabel(free)} free on ${ctx.work.root}, ${sizeLabel(need)} needed`)
    sizes.pop()
  }
  return sizes
}

export async function memoryCase(ctx) {
  const notes = []
  const sizes = await memorySizes(ctx, notes)
  if (sizes.length === 0) return skippedCase('memory', notes.join('; '))
  const make = async dir => {
    const files = []
    for (const size of sizes) files.push(await makeFile(join(dir, `memory-${size}.bin`), size, `memory-${size}`))
    return files
  }
  return withData(ctx, 'memory', make, files => runCase(ctx, {
    name: 'memory',
    title: `Memory: tus-upload on ${sizes.map(sizeLabel).join(' and ')}`,
    // The sizes differ, so the wall times do not compare: the peak RSS does.
    compare: { ref: `tus-upload-${sizes[0]}`, label: sizeLabel(sizes[0]), metric: 'maxRssKiB' },
    notes,
    contenders: files.map(f => tusUpload(ctx, `tus-upload-${f.size}`, `tus-upload ${sizeLabel(f.size)}`, [f], f.size))
  }))
}

export function skippedCase(name, reason) {
  process.stderr.write(`${name}: skipped (${reason})\n`)
  return { name, title: name, skipped: reason, contenders: [], notes: [`${name} skipped: ${reason}`] }
}
