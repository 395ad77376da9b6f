import { type ChildProcess, fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'

/** A server under test in a child process: where it listens, its memory, and how to stop it. */
export interface ServerProcess {
  url: string
  /** Resident set size of the server process, in bytes. */
  rss: () => Promise<number>
  /** The RSS right after a full garbage collection (coffeechat servers run with --expose-gc). */
  rssCollected: () => Promise<number>
  /** CPU time (user + system) the server process has used so far, in microseconds. */
  cpuMicros: () => Promise<number>
  stop: () => Promise<void>
}

function waitFor<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string } & T) => {
      if (message.type !== type) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(message)
    }
    const onExit = (code: number | null) =>
      reject(new Error(`the bench server exited (${code}) before answering "${type}"`))
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
}

/** Starts `bench/servers/<name>.ts` with `args` and waits until it listens. */
/**
 * The Node flags `npm start` gives the server (package.json's `start`
 * script, the one place they are written), so a benchmark's server runs as
 * the real one does.
 */
export function serverNodeFlags(): string[] {
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
  ) as { scripts: { start: string } }
  const words = manifest.scripts.start.split(/\s+/)
  return words.slice(1, words.indexOf('bin/coffeechat.js'))
}

export async function startServerProcess(
  name: 'hello-world' | 'coffeechat',
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = fork(join(import.meta.dirname, 'servers', `${name}.ts`), args, {
    env: { ...process.env, ...env },
    // BENCH_CPU_PROF=DIR profiles every server (written when it stops).
    execArgv: [
      ...(name === 'coffeechat' ? [...serverNodeFlags(), '--expose-gc'] : []),
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const { url } = await waitFor<{ url: string }>(child, 'listening')
  return {
    url,
    rss: async () => {
      const answer = waitFor<{ rss: number }>(child, 'rss')
      child.send({ type: 'rss' })
      return (await answer).rss
    },
    rssCollected: async () => {
      const answer = waitFor<{ rss: number }>(child, 'rss-collected')
      child.send({ type: 'rss-collected' })
      return (await answer).rss
    },
    cpuMicros: async () => {
      const answer = waitFor<{ micros: number }>(child, 'cpu')
      child.send({ type: 'cpu' })
      return (await answer).micros
    },
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.send({ type: 'stop' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** What a closed-loop load measured. */
export interface LoadFigures {
  requestsPerSecond: number
  p99Ms: number
  errors: number
  /**
   * The server's CPU time per answered request, when its process was given:
   * much steadier than req/s on a busy machine, since other work delays the
   * server without making each request cost more.
   */
  cpuMsPerRequest?: number
}

/**
 * `connections` clients each sending the next request as soon as the last
 * answered, for `seconds` (autocannon); non-2xx answers count as errors.
 */
export async function closedLoop(
  url: string,
  options: {
    connections: number
    seconds: number
    headers?: Record<string, string>
    server?: ServerProcess
  },
): Promise<LoadFigures> {
  const cpuBefore = await options.server?.cpuMicros()
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  })
  const cpuAfter = await options.server?.cpuMicros()
  const figures: LoadFigures = {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
  if (cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0)
    figures.cpuMsPerRequest = (cpuAfter - cpuBefore) / 1000 / result.requests.total
  return figures
}

/**
 * Measures `url` and `reference` in alternating slices (`rounds` of
 * `seconds` each) and gives each one's median slice, so a burst of other
 * work on the machine hits both alike instead of one of them.
 */
export async function pairedLoad(
  url: string,
  reference: string,
  options: { connections: number; seconds: number; rounds: number },
  servers: { ours?: ServerProcess; theirs?: ServerProcess } = {},
): Promise<{ coffeechat: LoadFigures; reference: LoadFigures }> {
  const ours: LoadFigures[] = []
  const theirs: LoadFigures[] = []
  const slice = { connections: options.connections, seconds: options.seconds }
  for (let round = 0; round < options.rounds; round++) {
    ours.push(await closedLoop(url, { ...slice, server: servers.ours }))
    theirs.push(await closedLoop(reference, { ...slice, server: servers.theirs }))
  }
  return { coffeechat: medianFigures(ours), reference: medianFigures(theirs) }
}

function medianFigures(slices: LoadFigures[]): LoadFigures {
  const middle = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)] ?? 0
  }
  const cpu = slices.flatMap((s) => (s.cpuMsPerRequest === undefined ? [] : [s.cpuMsPerRequest]))
  return {
    requestsPerSecond: middle(slices.map((s) => s.requestsPerSecond)),
    p99Ms: middle(slices.map((s) => s.p99Ms)),
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
    ...(cpu.length > 0 ? { cpuMsPerRequest: middle(cpu) } : {}),
  }
}

/**
 * Prints one comparison row: the figure, coffeechat's value, the reference's
 * value in the same run, their ratio, and the goal.
 */
export function compare(
  figure: string,
  coffeechat: string,
  reference: string,
  ratio: string,
  goal: string,
): void {
  console.log(
    `${figure.padEnd(40)} ${coffeechat.padEnd(22)} ${reference.padEnd(26)} ${ratio.padEnd(10)} ${goal}`,
  )
}

export function compareHeader(title: string): void {
  console.log(`\n${title}`)
  compare('figure', 'coffeechat', 'reference (same run)', 'ratio', 'goal')
}

/** "0.84 ms CPU/req" from a figure that measured it, else empty. */
export function cpuText(figures: LoadFigures): string {
  return figures.cpuMsPerRequest === undefined
    ? ''
    : `${figures.cpuMsPerRequest.toFixed(figures.cpuMsPerRequest < 0.1 ? 3 : 2)} ms CPU/req`
}

/** The server's CPU per request beside hello-world's, as a row under the figure, when both were measured. */
export function compareCpu(ours: LoadFigures, helloWorld: LoadFigures): void {
  if (!ours.cpuMsPerRequest || !helloWorld.cpuMsPerRequest) return
  compare(
    '  server CPU per request',
    cpuText(ours),
    `hello-world ${cpuText(helloWorld)}`,
    ratioText(helloWorld.cpuMsPerRequest / ours.cpuMsPerRequest),
    '',
  )
}

/** "1/37" for a ratio below one, "1.8×" above. */
export function ratioText(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return '—'
  return value < 1 ? `1/${Math.round(1 / value)}` : `${value.toFixed(2)}×`
}

/** `--name value` from the command line, else `fallback`. */
export function flag(name: string, fallback: string): string {
  const args = process.argv
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] !== undefined ? (args[at + 1] as string) : fallback
}
