import { createCareer } from '../src/core/careers/service.ts'
import type { Ctx } from '../src/core/context.ts'
import { createConversation } from '../src/core/conversations/service.ts'
import type { ConversationStatus } from '../src/core/conversations/status.ts'
import { createOrganization } from '../src/core/organizations/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { addPlanItems } from '../src/core/plans/service.ts'

/**
 * A small world for the conversation tests: careers, and a helper that adds
 * a person with a conversation about some of them.
 *
 * @example const w = await conversationWorld(ctx); const { conversation } = await w.meet('Amara', ['ds'], 'met')
 */
export async function conversationWorld(ctx: Ctx) {
  const ds = await createCareer(ctx, { name: 'Data scientist' })
  const mc = await createCareer(ctx, { name: 'Management consultant' })
  const org = await createOrganization(ctx, {
    name: 'Northwind Health',
    notes: 'Hospital readmission models.',
    website: 'https://northwind.example',
  })
  const careers = { ds: ds.id, mc: mc.id }
  let day = 1
  return {
    careers,
    org,
    /** A person and a conversation with them about `careerKeys`, in `status`. */
    async meet(
      name: string,
      careerKeys: Array<keyof typeof careers>,
      status: ConversationStatus = 'scheduled',
      extra: Record<string, unknown> = {},
    ) {
      const careerIds = careerKeys.map((k) => careers[k])
      const person = await createPerson(ctx, {
        name,
        organizationId: org.id,
        title: 'Senior Data Scientist',
        careerIds,
        connection: 'alumni',
        connectionNote: 'PhD in our group',
        notes: `${name} moved from a postdoc.`,
      })
      const scheduled = ['scheduled', 'met', 'thanked'].includes(status)
      const conversation = await createConversation(ctx, {
        personId: person.id,
        careerIds,
        status,
        scheduledAt: scheduled ? `2026-02-${String(day++).padStart(2, '0')}T10:00:00Z` : undefined,
        timeZone: 'Europe/Berlin',
        ...extra,
      })
      return { person, conversation }
    },
  }
}

/**
 * The plan tests' start: Amara Okafor of a conversation world, to meet about
 * Data scientist, and a plan of `items` for the conversation with her.
 *
 * @example const { conversation, plan } = await plannedConversation(ctx, [{ text: 'How did you start?', topic: 'path' }])
 */
export async function plannedConversation(ctx: Ctx, items: Array<Record<string, unknown>>) {
  const { conversation } = await (await conversationWorld(ctx)).meet('Amara Okafor', ['ds'])
  return { conversation, plan: await addPlanItems(ctx, conversation.id, { items }) }
}
