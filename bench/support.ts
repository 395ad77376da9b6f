import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const root = join(import.meta.dirname, '..')
export const bin = join(root, 'bin', 'coffeechat.js')

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `coffeechat-bench-${prefix}-`))
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Runs a Node script as a whole process and returns its wall time in milliseconds and its output. */
export function timeNode(
  args: string[],
  env: Record<string, string>,
  name: string,
): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => chunks.push(c))
    child.once('error', reject)
    child.once('exit', (code) => {
      const ms = performance.now() - started
      if (code !== 0) reject(new Error(`${name} exited with ${code}`))
      else resolve({ ms, stdout: Buffer.concat(chunks).toString('utf8') })
    })
  })
}

/** Runs the CLI as a whole process and returns its wall time in milliseconds. */
export function timeCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; stdout: string }> {
  return timeNode([bin, ...args], env, `coffeechat ${args.join(' ')}`)
}

export function report(name: string, figure: string, target: string): void {
  console.log(`${name.padEnd(44)} ${figure.padEnd(24)} target ${target}`)
}

const TICK_MS = 10 // USER_HZ = 100 on Linux

/** CPU time (user + system) a process has used, in ms, from `/proc`; 0 once it has gone. */
export function processCpuMs(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The fields after the command name, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS // utime, stime
  } catch {
    return 0
  }
}

/** The CPU of every PostgreSQL process on the machine (a benchmark's own cluster), in ms. */
export function postgresCpuMs(): number {
  let ms = 0
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') ms += processCpuMs(pid)
    } catch {}
  }
  return ms
}
