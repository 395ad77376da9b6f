import type { Ctx } from '../src/core/context.ts'
import { listConversations } from '../src/core/conversations/service.ts'
import type { ConversationRecord, ExplorerRecords } from '../src/core/exports/gather.ts'
import { getMeeting } from '../src/core/meetings/service.ts'
import { listOrganizations } from '../src/core/organizations/service.ts'
import { listPeople } from '../src/core/people/service.ts'
import { getPlan } from '../src/core/plans/service.ts'
import { getReflection } from '../src/core/reflections/service.ts'
import { effectiveTimeZone, getSettings } from '../src/core/settings/service.ts'
import { toLocal } from '../src/core/shared/time.ts'
import {
  writeConversationsCsv,
  writeOrganizationsCsv,
  writePeopleCsv,
} from '../src/formats/csv-export.ts'
import { writeVcards } from '../src/formats/vcard-write.ts'

// The exports as they were first written: every record read through its
// feature's own service, one conversation at a time. Too slow for a large
// account (a dozen queries per conversation), but plainly what the app shows,
// so the fast readers are checked against it byte for byte.

/**
 * Everything the file exports show, read conversation by conversation
 * through `getPlan`, `getMeeting` and `getReflection`.
 *
 * @example markdownFiles(await gatherThroughServices(ctx))
 */
export async function gatherThroughServices(ctx: Ctx): Promise<ExplorerRecords> {
  const [people, conversations, settings] = await Promise.all([
    listPeople(ctx, {}, { all: true }),
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
  records.sort(
    (a, b) =>
      (a.localStart ?? a.conversation.createdAt).localeCompare(
        b.localStart ?? b.conversation.createdAt,
      ) || a.conversation.id.localeCompare(b.conversation.id),
  )
  return { people: people.items, conversations: records }
}

/** The three CSV files, from the features' list services. */
export async function csvThroughServices(ctx: Ctx): Promise<Array<{ path: string; text: string }>> {
  const [people, organizations, conversations] = await Promise.all([
    listPeople(ctx, {}, { all: true }),
    listOrganizations(ctx, { sort: 'name' }, { all: true }),
    listConversations(ctx, {}, { all: true }),
  ])
  return [
    { path: 'people.csv', text: writePeopleCsv(people.items) },
    { path: 'organizations.csv', text: writeOrganizationsCsv(organizations.items) },
    { path: 'conversations.csv', text: writeConversationsCsv(conversations.items) },
  ]
}

/** Every person as vCard, from the people list service. */
export async function vcardThroughServices(ctx: Ctx): Promise<string> {
  return writeVcards((await listPeople(ctx, {}, { all: true })).items)
}
