// Start-up of the Action bundle: from spawning `node dist/index.js` to the first request the
// server sees (both processes read the same clock, performance.timeOrigin + performance.now()),
// with the inputs passed as the runner does — INPUT_<NAME> environment variables.
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeFile } from './data.mjs'
import { median, runCase } from './runner.mjs'
import { skippedCase } from './cases.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
// The floor for any node program: a bare node:http client sending the same file.
const BARE = fileURLToPath(new URL('../contenders/bare-http-small.mjs', import.meta.url))

/** The environment of one Action run; inherited INPUT_* variables are dropped (undefined). */
function actionEnv(ctx, dir, file) {
  const env = {}
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) env[key] = undefined
  return {
    ...env,
    INPUT_ENDPOINT: ctx.server.endpoint,
    INPUT_GLOB: file.path,
    GITHUB_OUTPUT: join(dir, 'github-output'),
    GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md'),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir
  }
}

export async function startupCase(ctx) {
  const { action, startupRuns, sizes } = ctx.opts
  if (!existsSync(action)) return skippedCase('startup', `${action} does not exist (run npm run bundle)`)
  const dir = join(ctx.work.data, 'startup')
  await mkdir(dir)
  try {
    const file = await makeFile(join(dir, 'tiny.bin'), sizes.startup, 'startup')
    const env = actionEnv(ctx, dir, file)
    await writeFile(env.GITHUB_OUTPUT, '')
    await writeFile(env.GITHUB_STEP_SUMMARY, '')
    const result = await runCase(ctx, {
      name: 'startup',
      title: `Start-up: node ${relative(ROOT, action)} uploading one ${sizes.startup}-byte file, ${startupRuns} run${startupRuns === 1 ? '' : 's'}`,
      runs: startupRuns,
      notes: ctx.method === 'gnu-time' ? ['start-up is counted from spawning /usr/bin/time, which then starts node (well under 1 ms more)'] : [],
      contenders: [
        {
          id: 'action', label: 'Action (node dist/index.js)', expected: [file], bytes: file.size, timeoutMs: 60_000,
          spec: { node: true, script: action, args: [] }, env, cwd: dir
        },
        {
          id: 'bare-http', label: 'bare node:http (the floor)', expected: [file], bytes: file.size, timeoutMs: 60_000,
          spec: { node: true, script: BARE, args: [ctx.server.endpoint, file.path] }, cwd: dir
        }
      ]
    })
    for (const c of result.contenders) addStartupTimes(c)
    return result
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Time to the first request, per run, then the median of the good runs. */
function addStartupTimes(c) {
  for (const r of c.runs) r.startupMs = r.firstRequestAt === null ? null : r.firstRequestAt - r.startedAt
  c.startupMs = median(c.runs.filter(r => r.ok).map(r => r.startupMs))
  process.stderr.write(`  ${c.label}: first request after ${c.startupMs?.toFixed(1) ?? 'n/a'} ms (median)\n`)
}
