import { rmSync } from 'node:fs'
import { selectCandidates } from '../src/core/duplicates/repo.ts'
import { findDuplicates } from '../src/core/duplicates/service.ts'
import { createPerson, listPeople } from '../src/core/people/service.ts'
import { generatePeople } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { compare } from './ratio.ts'
import { median, tempDir } from './support.ts'

/**
 * Likely duplicates among 10,000 people (SQLite, in process), beside two
 * references run alternately in the same process: the people page (one page
 * of 50, what opening People costs anyway), and the suggestions' own read
 * of the columns the rules need (the least any answer over everyone costs):
 * the ratio to it is the cost of the one pass in JavaScript.
 */
export async function benchDuplicates(count = 10_000, runs = 9): Promise<void> {
  const dataDir = tempDir('duplicates')
  const runtime = await openRuntime({ dataDir, env: {} })
  try {
    const ctx = runtime.ctx
    await generatePeople(ctx, count)
    for (let i = 0; i < 20; i++) {
      await createPerson(ctx, { name: `Twin Person ${i}`, emails: [`twin.person${i}@gmail.com`] })
      await createPerson(ctx, { name: `Twin P. Person ${i}`, emails: [`twinperson${i}@gmail.com`] })
    }
    const ours: number[] = []
    const page: number[] = []
    const read: number[] = []
    let pairs = 0
    for (let i = 0; i < runs; i++) {
      let started = performance.now()
      pairs = (await findDuplicates(ctx)).total
      ours.push(performance.now() - started)
      started = performance.now()
      await listPeople(ctx, { limit: 50 })
      page.push(performance.now() - started)
      started = performance.now()
      await selectCandidates(ctx)
      read.push(performance.now() - started)
    }
    console.log(`(${count + 40} people, ${pairs} pairs suggested)`)
    compare(
      `duplicates vs people page, ${count} people`,
      median(ours),
      median(page),
      'ms',
      'none (reported)',
      1,
    )
    compare(
      `duplicates vs its read of the people`,
      median(ours),
      median(read),
      'ms',
      'none (reported)',
      1,
    )
  } finally {
    await runtime.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.main) await benchDuplicates()
