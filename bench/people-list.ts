import { generatePeople } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { median, report, tempDir, timeCli } from './support.ts'

/** `coffeechat people list --json` on 10,000 people, whole process, wall time. */
export async function benchPeopleList(count = 10_000, runs = 5): Promise<number> {
  const dataDir = tempDir('people')
  const runtime = await openRuntime({ dataDir, env: {} })
  const seeded = performance.now()
  await generatePeople(runtime.ctx, count)
  await runtime.close()
  console.log(`(seeded ${count} people in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const { ms, stdout } = await timeCli(['people', 'list', '--json'], { COFFEECHAT_DATA: dataDir })
    if (i === 0 && JSON.parse(stdout).length !== count)
      throw new Error('wrong number of people listed')
    times.push(ms)
  }
  report(`people list --json, ${count} people`, `median ${median(times).toFixed(0)} ms`, '< 500 ms')
  return median(times)
}

if (import.meta.main) await benchPeopleList()
