// CPU time the hypervisor took from this machine (the "steal" column of /proc/stat): on a shared
// virtual machine it is a large source of noise, one 500-file run going from 1.4 s with 2% stolen
// to 2.0 s with 15%. Linux only; elsewhere the figures are null and nothing is measured again.
import { readFileSync } from 'node:fs'

/** { steal, total } jiffies summed over all CPUs since boot, or null when unknown. */
export function cpuTimes() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]
    const fields = line.trim().split(/\s+/)
    if (fields[0] !== 'cpu' || fields.length < 9) return null
    // user nice system idle iowait irq softirq steal (guest time is already in user).
    const values = fields.slice(1, 9).map(Number)
    if (values.some(v => !Number.isFinite(v))) return null
    return { steal: values[7], total: values.reduce((a, b) => a + b, 0) }
  } catch {
    return null
  }
}

/** The share (0..1) of all CPU time between two cpuTimes() readings that was stolen, or null. */
export function stealShare(before, after) {
  if (!before || !after) return null
  const total = after.total - before.total
  return total > 0 ? (after.steal - before.steal) / total : null
}
