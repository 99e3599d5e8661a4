// Loaded with `node --import` into a node contender when GNU time is not available: at exit it
// writes the process's own resource usage (CPU µs, peak RSS KiB) as JSON to $BENCH_RUSAGE_FILE.
import { writeFileSync } from 'node:fs'

const out = process.env.BENCH_RUSAGE_FILE
// Not inherited by any node process the contender might start.
delete process.env.BENCH_RUSAGE_FILE
if (out) {
  process.on('exit', () => {
    const r = process.resourceUsage()
    writeFileSync(out, JSON.stringify({ userUs: r.userCPUTime, sysUs: r.systemCPUTime, maxRssKiB: r.maxRSS }))
  })
}
