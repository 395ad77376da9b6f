import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { largeConnectionsCsv } from '../test/fixtures/linkedin-rows.ts'
import { bin, median, report, tempDir } from './support.ts'

interface ChildFigures {
  ms: number
  maxRssMb: number
  created: number
}

/**
 * The import itself, in a fresh process on a fresh SQLite data directory:
 * read the file, import it, and report the wall time of the import and the
 * process's peak resident memory (`process.resourceUsage().maxRSS`).
 */
async function child(file: string, dataDir: string): Promise<void> {
  const { openRuntime } = await import('../src/runtime.ts')
  const { importContacts } = await import('../src/core/imports/service.ts')
  const { keepYoungGenerationSmall } = await import('../src/cli/commands/import.ts')
  keepYoungGenerationSmall()
  const runtime = await openRuntime({ dataDir, env: {} })
  const started = performance.now()
  const result = await importContacts(runtime.ctx, readFileSync(file), {
    filename: 'Connections.csv',
  })
  const ms = performance.now() - started
  await runtime.close()
  const figures: ChildFigures = {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    created: result.created,
  }
  process.stdout.write(JSON.stringify(figures))
}

function run(args: string[], program = process.execPath): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const proc = spawn(program, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    const chunks: Buffer[] = []
    proc.stdout.on('data', (c: Buffer) => chunks.push(c))
    proc.once('error', reject)
    proc.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`))
      else resolve({ ms: performance.now() - started, stdout: Buffer.concat(chunks).toString() })
    })
  })
}

/**
 * A 30,000-row LinkedIn export (the fixture generator's writer) imported
 * into an empty SQLite database: the import's wall time and peak memory, each
 * run in its own process; then `coffeechat import FILE --json` as a whole
 * process.
 */
export async function benchImport(count = 30_000, runs = 3): Promise<void> {
  const dir = tempDir('import')
  const file = join(dir, 'Connections.csv')
  writeFileSync(file, largeConnectionsCsv(count))
  const figures: ChildFigures[] = []
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run([import.meta.filename, '--child', file, join(dir, `data-${i}`)])
    const parsed: ChildFigures = JSON.parse(stdout)
    if (parsed.created !== count) throw new Error(`imported ${parsed.created} of ${count}`)
    figures.push(parsed)
  }
  const cli: number[] = []
  const cliRss: number[] = []
  // /usr/bin/time reports the whole CLI process's peak memory where it is installed.
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
  for (let i = 0; i < runs; i++) {
    const args = [bin, 'import', file, '--json', '--data', join(dir, `cli-${i}`)]
    const rssFile = join(dir, `rss-${i}`)
    const { ms } = time
      ? await run(['-f', '%M', '-o', rssFile, process.execPath, ...args], time)
      : await run(args)
    cli.push(ms)
    if (time) cliRss.push(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024)
  }
  const ms = median(figures.map((f) => f.ms))
  const rss = Math.max(...figures.map((f) => f.maxRssMb))
  report(
    `import ${count} LinkedIn rows, empty SQLite`,
    `median ${(ms / 1000).toFixed(2)} s`,
    '< 3 s',
  )
  report('  peak memory of that process', `max ${rss.toFixed(0)} MB`, '< 300 MB')
  report(
    '  coffeechat import --json, whole process',
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
  const [flag, file, dataDir] = process.argv.slice(2)
  if (flag === '--child' && file && dataDir) await child(file, dataDir)
  else await benchImport()
}
