import type { Ctx } from '../context.ts'
import type { Conversation } from '../conversations/schema.ts'
import { listConversations } from '../conversations/service.ts'
import type { Meeting } from '../meetings/schema.ts'
import { getMeeting } from '../meetings/service.ts'
import type { Organization } from '../organizations/schema.ts'
import { listOrganizations } from '../organizations/service.ts'
import type { Person } from '../people/schema.ts'
import { listPeople } from '../people/service.ts'
import type { Plan } from '../plans/schema.ts'
import { getPlan } from '../plans/service.ts'
import type { Reflection } from '../reflections/schema.ts'
import { getReflection } from '../reflections/service.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { toLocal } from '../shared/time.ts'

/** One conversation with everything written about it. */
export interface ConversationRecord {
  conversation: Conversation
  person: Person | null
  /** The start as local `YYYY-MM-DDTHH:mm` (its own zone, else the explorer's), or null. */
  localStart: string | null
  plan: Plan
  meeting: Meeting
  reflection: Reflection
}

export interface ExplorerRecords {
  people: Person[]
  organizations: Organization[]
  conversations: ConversationRecord[]
}

/**
 * Everything the file exports show, read through the features' own
 * services (so a file says what the app shows): people, organizations, and
 * each conversation with its plan and answers, meeting notes and reflection.
 *
 * @example const { conversations } = await gatherRecords(ctx)
 */
export async function gatherRecords(ctx: Ctx): Promise<ExplorerRecords> {
  const [people, organizations, conversations, settings] = await Promise.all([
    listPeople(ctx, {}, { all: true }),
    listOrganizations(ctx, { sort: 'name' }, { all: true }),
    listConversations(ctx, {}, { all: true }),
    getSettings(ctx),
  ])
  const zone = effectiveTimeZone(settings)
  const personById = new Map(people.items.map((p) => [p.id, p]))
  const records: ConversationRecord[] = []
  for (const conversation of conversations.items) {
    const [plan, meeting, reflection] = await Promise.all([
      getPlan(ctx, conversation.id),
      getMeeting(ctx, conversation.id),
      getReflection(ctx, conversation.id),
    ])
    const localStart =
      conversation.scheduledLocal ??
      (conversation.scheduledAt ? toLocal(conversation.scheduledAt, zone) : null)
    records.push({
      conversation,
      person: personById.get(conversation.personId) ?? null,
      localStart,
      plan,
      meeting,
      reflection,
    })
  }
  // Oldest first: the order the explorer lived them in.
  records.sort(
    (a, b) =>
      (a.localStart ?? a.conversation.createdAt).localeCompare(
        b.localStart ?? b.conversation.createdAt,
      ) || a.conversation.id.localeCompare(b.conversation.id),
  )
  return { people: people.items, organizations: organizations.items, conversations: records }
}
