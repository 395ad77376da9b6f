import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { largeConnectionsCsv } from '../test/fixtures/linkedin-rows.ts'
import { compare } from './ratio.ts'
import { bin, median, report, tempDir } from './support.ts'

interface ChildFigures {
  ms: number
  /** CPU time of the whole process (every thread) over the same span: steadier than wall time on a busy machine. */
  cpuMs: number
  maxRssMb: number
  created: number
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

/**
 * The import itself, in a fresh process on a fresh SQLite data directory:
 * import the file as the CLI does (streamed from disk, the row limit raised
 * as an operator would with COFFEECHAT_IMPORT_MAX_ROWS), and report the wall
 * time of the import and the process's peak resident memory
 * (`process.resourceUsage().maxRSS`).
 */
async function child(file: string, dataDir: string, rows: number): Promise<void> {
  const { openRuntime } = await import('../src/runtime.ts')
  const { importContacts } = await import('../src/core/imports/service.ts')
  const { keepYoungGenerationSmall } = await import('../src/cli/commands/import.ts')
  keepYoungGenerationSmall()
  const runtime = await openRuntime({ dataDir, env: {} })
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await importContacts(
    runtime.ctx,
    { path: file },
    { filename: 'Connections.csv', limits: { rows: Math.max(rows, 100_000) } },
  )
  const ms = performance.now() - started
  const cpuMs = cpuSince(cpu)
  await runtime.close()
  const figures: ChildFigures = {
    ms,
    cpuMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    created: result.created,
  }
  process.stdout.write(JSON.stringify(figures))
}

/**
 * The reference: csv-parse alone streaming the same file from disk into
 * records (LinkedIn's note lines above the header let through), in a fresh
 * process, with the same figures. What an import adds to it is decoding,
 * matching, merging and writing.
 */
async function reference(file: string): Promise<void> {
  const { createReadStream } = await import('node:fs')
  const { parse } = await import('csv-parse')
  const started = performance.now()
  const cpu = process.cpuUsage()
  let records = 0
  const parser = createReadStream(file).pipe(parse({ relax_column_count: true, bom: true }))
  for await (const _ of parser) records++
  const ms = performance.now() - started
  const figures: ChildFigures = {
    ms,
    cpuMs: cpuSince(cpu),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    created: records,
  }
  process.stdout.write(JSON.stringify(figures))
}

function run(
  args: string[],
  program = process.execPath,
  env: Record<string, string> = {},
): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const proc = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    })
    const chunks: Buffer[] = []
    proc.stdout.on('data', (c: Buffer) => chunks.push(c))
    proc.once('error', reject)
    proc.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`))
      else resolve({ ms: performance.now() - started, stdout: Buffer.concat(chunks).toString() })
    })
  })
}

async function figuresOf(args: string[], runs: number): Promise<ChildFigures[]> {
  const figures: ChildFigures[] = []
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run([import.meta.filename, ...args.map((a) => a.replace('#', `${i}`))])
    figures.push(JSON.parse(stdout))
  }
  return figures
}

/**
 * LinkedIn exports of each size in `counts` (the fixture generator's
 * writer) imported into an empty SQLite database, beside csv-parse alone
 * reading the same file, each run in its own process: wall time (median),
 * peak memory, ratio; then how the time grows with the size, and
 * `coffeechat import FILE --json` as a whole process at the first size.
 */
export async function benchImport(counts = [30_000, 300_000], runs = 3): Promise<void> {
  const dir = tempDir('import')
  const times: number[] = []
  const cpuTimes: number[] = []
  for (const count of counts) {
    const file = join(dir, `Connections-${count}.csv`)
    writeFileSync(file, largeConnectionsCsv(count))
    const ours = await figuresOf(['--child', file, join(dir, `data-${count}-#`), `${count}`], runs)
    for (const f of ours)
      if (f.created !== count) throw new Error(`imported ${f.created} of ${count}`)
    const theirs = await figuresOf(['--reference', file], runs)
    const ms = median(ours.map((f) => f.ms))
    const cpuMs = median(ours.map((f) => f.cpuMs))
    times.push(ms)
    cpuTimes.push(cpuMs)
    compare(
      `import ${count.toLocaleString('en')} LinkedIn rows, empty SQLite`,
      ms / 1000,
      median(theirs.map((f) => f.ms)) / 1000,
      's',
      '≤ 5× csv-parse alone',
      2,
    )
    compare(
      '  CPU time of that process, every thread',
      cpuMs / 1000,
      median(theirs.map((f) => f.cpuMs)) / 1000,
      's',
      '',
      2,
    )
    compare(
      '  peak memory of that process',
      Math.max(...ours.map((f) => f.maxRssMb)),
      Math.max(...theirs.map((f) => f.maxRssMb)),
      'MB',
      '< 300 MB',
    )
  }
  for (let i = 1; i < counts.length; i++) {
    const [from, to] = [counts[i - 1] ?? 1, counts[i] ?? 1]
    const [before, after] = [times[i - 1] ?? 1, times[i] ?? 1]
    const [cpuBefore, cpuAfter] = [cpuTimes[i - 1] ?? 1, cpuTimes[i] ?? 1]
    report(
      `  ${from.toLocaleString('en')} → ${to.toLocaleString('en')} rows (×${to / from})`,
      `time ×${(after / before).toFixed(1)}, CPU ×${(cpuAfter / cpuBefore).toFixed(1)}`,
      `linear: ≤ ×${((to / from) * 1.1).toFixed(0)}`,
    )
  }
  const file = join(dir, `Connections-${counts[0]}.csv`)
  const cli: number[] = []
  const cliRss: number[] = []
  // /usr/bin/time reports the whole CLI process's peak memory where it is installed.
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
  for (let i = 0; i < runs; i++) {
    const args = [bin, 'import', file, '--json', '--data', join(dir, `cli-${i}`)]
    const rssFile = join(dir, `rss-${i}`)
    // Past the default row limit, raised as an operator would.
    const env = { COFFEECHAT_IMPORT_MAX_ROWS: String(Math.max(counts[0] ?? 0, 100_000)) }
    const { ms } = time
      ? await run(['-f', '%M', '-o', rssFile, process.execPath, ...args], time, env)
      : await run(args, process.execPath, env)
    cli.push(ms)
    if (time) cliRss.push(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024)
  }
  report(
    `  coffeechat import --json, ${counts[0]?.toLocaleString('en')} rows, whole process`,
    `median ${(median(cli) / 1000).toFixed(2)} s`,
    '',
  )
  if (cliRss.length > 0) {
    report(
      '  its peak memory (/usr/bin/time)',
      `max ${Math.max(...cliRss).toFixed(0)} MB`,
      '< 300 MB',
    )
  }
}

if (import.meta.main) {
  const [flag, file, dataDir, rows] = process.argv.slice(2)
  if (flag === '--child' && file && dataDir) await child(file, dataDir, Number(rows))
  else if (flag === '--reference' && file) await reference(file)
  else {
    const { values } = parseArgs({
      options: {
        rows: { type: 'string', default: '30000,300000' },
        runs: { type: 'string', default: '3' },
      },
    })
    await benchImport(values.rows.split(',').map(Number), Number(values.runs))
  }
}
