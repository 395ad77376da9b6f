import type { Ctx } from '../src/core/context.ts'
import type { ConversationCreate } from '../src/core/conversations/schema.ts'
import { createConversation } from '../src/core/conversations/service.ts'
import { createOrganization } from '../src/core/organizations/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { getPlan } from '../src/core/plans/service.ts'

/**
 * A person at a new organization, in one career, with a conversation
 * scheduled about now in Europe/Berlin (`conversation` adds or overrides its
 * fields): the meeting a meeting-mode test opens.
 *
 * @example const { person, conversation } = await scheduledNow(ctx, { name: 'Amara Okafor', organization: 'Northwind Health', careerId }, { format: 'video' })
 */
export async function scheduledNow(
  ctx: Ctx,
  who: { name: string; organization: string; careerId: string },
  conversation: Omit<ConversationCreate, 'personId'> = {},
) {
  const organization = await createOrganization(ctx, { name: who.organization })
  const person = await createPerson(ctx, {
    name: who.name,
    organizationId: organization.id,
    careerIds: [who.careerId],
  })
  const scheduled = await createConversation(ctx, {
    personId: person.id,
    status: 'scheduled',
    scheduledAt: new Date().toISOString(),
    timeZone: 'Europe/Berlin',
    ...conversation,
  })
  return { person, conversation: scheduled }
}

/** Each question of a conversation's plan as `[state, answer]`, in the plan's order. */
export async function planStates(ctx: Ctx, conversationId: string) {
  return (await getPlan(ctx, conversationId)).items.map((i) => [i.state, i.answer])
}
