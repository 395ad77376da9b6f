import { createCareer } from '../src/core/careers/service.ts'
import type { Ctx } from '../src/core/context.ts'
import { createOrganization } from '../src/core/organizations/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { updateSettings } from '../src/core/settings/service.ts'

/**
 * Sam Lee in Berlin exploring Data scientist, and Amara Okafor at Northwind
 * Health, for that career, with her email address (the Today tests' start).
 */
export async function amaraAtNorthwind(ctx: Ctx) {
  await updateSettings(ctx, { timeZone: 'Europe/Berlin', explorerName: 'Sam Lee' })
  const career = await createCareer(ctx, { name: 'Data scientist' })
  const northwind = await createOrganization(ctx, { name: 'Northwind Health' })
  const amara = await createPerson(ctx, {
    name: 'Amara Okafor',
    organizationId: northwind.id,
    careerIds: [career.id],
    emails: ['amara@northwind.example'],
  })
  return { career, northwind, amara }
}
