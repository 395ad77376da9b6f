import { createCareer } from '../src/core/careers/service.ts'
import type { Ctx } from '../src/core/context.ts'
import { createOrganization } from '../src/core/organizations/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { updateSettings } from '../src/core/settings/service.ts'

/**
 * Sam Lee in Berlin exploring Data scientist, and Amara Okafor at Northwind
 * Health, for that career, with her email address (the Today tests' start);
 * `more` adds fields of hers (a title, a connection, who referred her).
 *
 * @example const { amara } = await amaraAtNorthwind(ctx, { title: 'Senior Data Scientist' })
 */
export async function amaraAtNorthwind(ctx: Ctx, more: Record<string, unknown> = {}) {
  await updateSettings(ctx, { timeZone: 'Europe/Berlin', explorerName: 'Sam Lee' })
  const career = await createCareer(ctx, { name: 'Data scientist' })
  const northwind = await createOrganization(ctx, { name: 'Northwind Health' })
  const amara = await createPerson(ctx, {
    name: 'Amara Okafor',
    organizationId: northwind.id,
    careerIds: [career.id],
    emails: ['amara@northwind.example'],
    ...more,
  })
  return { career, northwind, amara }
}
