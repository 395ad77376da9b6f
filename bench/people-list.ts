import { join } from 'node:path'
import { LOCAL_OWNER_ID } from '../src/core/accounts/service.ts'
import { generatePeople } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { compare } from './ratio.ts'
import { median, tempDir, timeCli, timeNode } from './support.ts'

const reference = join(import.meta.dirname, 'reference/people-list-raw.mjs')

/** The reference as a whole process: `node:sqlite`, the same queries, JSON.stringify. */
function timeReference(dataDir: string): Promise<{ ms: number; stdout: string }> {
  return timeNode([reference, dataDir, LOCAL_OWNER_ID], {}, 'the reference')
}

/**
 * `coffeechat people list --json` on 10,000 people, whole process, wall
 * time, beside the least that answer costs: a process that runs the same
 * queries with raw `node:sqlite` and prints the same JSON (checked byte for
 * byte). Runs alternate; medians.
 */
export async function benchPeopleList(count = 10_000, runs = 7): Promise<number> {
  const dataDir = tempDir('people')
  const runtime = await openRuntime({ dataDir, env: {} })
  const seeded = performance.now()
  await generatePeople(runtime.ctx, count)
  await runtime.close()
  console.log(`(seeded ${count} people in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`)
  const cli: number[] = []
  const raw: number[] = []
  for (let i = 0; i < runs; i++) {
    const ours = await timeCli(['people', 'list', '--json'], { COFFEECHAT_DATA: dataDir })
    const theirs = await timeReference(dataDir)
    if (i === 0) {
      if (JSON.parse(ours.stdout).length !== count) throw new Error('wrong number of people listed')
      if (ours.stdout !== theirs.stdout) throw new Error('the reference printed something else')
    }
    cli.push(ours.ms)
    raw.push(theirs.ms)
  }
  compare(`people list --json, ${count} people`, median(cli), median(raw), 'ms', '≤ 2×')
  return median(cli)
}

if (import.meta.main) await benchPeopleList()
