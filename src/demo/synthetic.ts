import { type Ctx, inTransaction } from '../core/context.ts'
import { createOrganization } from '../core/organizations/service.ts'
import { createPerson } from '../core/people/service.ts'
import { firstNames, jobTitles, lastNames } from './names.ts'

const TOPICS = [
  'pricing models',
  'clinical trials',
  'supply chains',
  'due diligence',
  'polymer ageing',
  'fraud detection',
  'forecasting',
  'optics simulation',
]

/**
 * Adds `count` made-up people spread over `organizations` organizations, for
 * benchmarks. Deterministic: the same count gives the same names.
 */
export async function generatePeople(ctx: Ctx, count: number, organizations = 200): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const organizationIds: string[] = []
    for (let i = 0; i < organizations; i++) {
      organizationIds.push(
        (await createOrganization(tx, { name: `Organization ${i + 1}`, motivation: i % 4 })).id,
      )
    }
    for (let i = 0; i < count; i++) {
      const first = firstNames[i % firstNames.length] ?? 'Ada'
      const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length] ?? 'Lovelace'
      await createPerson(tx, {
        name: `${first} ${last} ${i + 1}`,
        organizationId: organizationIds[i % organizationIds.length],
        title: jobTitles[i % jobTitles.length],
        emails: [`person${i + 1}@example.org`],
        tags: i % 3 === 0 ? ['alumni'] : [],
        notes: `Works on ${TOPICS[i % TOPICS.length]}; met through the department list.`,
      })
    }
  })
}

export { generateNotes } from './synthetic-notes.ts'
