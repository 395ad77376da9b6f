import { type Ctx, inSnapshot } from '../context.ts'
import type { Conversation } from '../conversations/schema.ts'
import { listConversations } from '../conversations/service.ts'
import type { Meeting } from '../meetings/schema.ts'
import type { Person } from '../people/schema.ts'
import { listPeople } from '../people/service.ts'
import type { PlanItem } from '../plans/schema.ts'
import { planItemStates } from '../plans/schema.ts'
import type { Reflection } from '../reflections/schema.ts'
import { reflectionContent } from '../reflections/service.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { groupBy } from '../shared/group-by.ts'
import { letOthersRun } from '../shared/pause.ts'
import { storedEnum } from '../shared/schema.ts'
import { toLocal } from '../shared/time.ts'
import {
  selectOwnerMeetingNotes,
  selectOwnerPayEntries,
  selectOwnerPlanItems,
  selectOwnerRaisedQuestions,
  selectOwnerReflections,
} from './repo.ts'

/** What an export shows of a reflection: what was written, not its deadline. */
export type ExportReflection = Pick<
  Reflection,
  | 'exists'
  | 'takeaways'
  | 'surprises'
  | 'aha'
  | 'pros'
  | 'cons'
  | 'dayToDay'
  | 'training'
  | 'fitRating'
  | 'hypothesisChange'
  | 'pay'
  | 'questions'
  | 'nextPeople'
>

/** One conversation with everything written about it. */
export interface ConversationRecord {
  conversation: Conversation
  person: Person | null
  /** The start as local `YYYY-MM-DDTHH:mm` (its own zone, else the explorer's), or null. */
  localStart: string | null
  plan: { items: Array<Pick<PlanItem, 'text' | 'answer' | 'state'>> }
  meeting: Pick<Meeting, 'researchNotes' | 'freeNotes'>
  reflection: ExportReflection
}

export interface ExplorerRecords {
  people: Person[]
  /** Oldest first: the order the explorer lived them in. */
  conversations: ConversationRecord[]
}

/**
 * Everything the file exports show: people, and each conversation with its
 * plan and answers, meeting notes and reflection, as the app shows them. A
 * fixed number of queries, each over the whole account (never one per
 * conversation), read from one snapshot of the data.
 *
 * @example const { conversations } = await gatherRecords(ctx)
 */
export async function gatherRecords(ctx: Ctx): Promise<ExplorerRecords> {
  const read = await inSnapshot(ctx, async (tx) => {
    // A pause between reads: the loop answers what waits, however large each table.
    const then = async <T>(rows: Promise<T>) => {
      const done = await rows
      await letOthersRun()
      return done
    }
    return {
      people: await then(listPeople(tx, {}, { all: true })),
      conversations: await then(listConversations(tx, {}, { all: true })),
      settings: await getSettings(tx),
      planItems: await then(selectOwnerPlanItems(tx)),
      meetings: await then(selectOwnerMeetingNotes(tx)),
      reflections: await then(selectOwnerReflections(tx)),
      pay: await then(selectOwnerPayEntries(tx)),
      raised: await then(selectOwnerRaisedQuestions(tx)),
    }
  })
  const zone = effectiveTimeZone(read.settings)
  const personById = new Map(read.people.items.map((p) => [p.id, p]))
  const itemsOf = groupBy(
    read.planItems,
    (i) => i.conversation_id,
    (i) => i,
  )
  const payOf = groupBy(
    read.pay,
    (p) => p.conversation_id,
    (p) => p,
  )
  const raisedOf = groupBy(
    read.raised,
    (q) => q.raised_in_conversation_id ?? '',
    (q) => q,
  )
  const meetingOf = new Map(read.meetings.map((m) => [m.conversation_id, m]))
  const reflectionOf = new Map(read.reflections.map((r) => [r.conversation_id, r]))
  // Most conversations have no plan, notes or reflection yet: they share one empty each.
  const record = (conversation: Conversation): ConversationRecord => {
    const items = itemsOf.get(conversation.id)
    const meeting = meetingOf.get(conversation.id)
    const row = reflectionOf.get(conversation.id)
    const pay = payOf.get(conversation.id)
    const raised = raisedOf.get(conversation.id)
    return {
      conversation,
      person: personById.get(conversation.personId) ?? null,
      localStart:
        conversation.scheduledLocal ??
        (conversation.scheduledAt ? toLocal(conversation.scheduledAt, zone) : null),
      plan: items
        ? {
            items: items.map((item) => ({
              text: item.text,
              answer: item.answer,
              state: storedEnum(planItemStates, item.state, 'planned'),
            })),
          }
        : noPlan,
      meeting: meeting
        ? { researchNotes: meeting.research_notes, freeNotes: meeting.free_notes }
        : noMeeting,
      reflection:
        row || pay || raised ? reflectionContent(row, pay ?? [], raised ?? []) : noReflection,
    }
  }
  const keyed: Array<{ key: string; record: ConversationRecord }> = []
  for (const [index, conversation] of read.conversations.items.entries()) {
    if (index % slice === slice - 1) await letOthersRun()
    const made = record(conversation)
    // Oldest first, then by id. Both are ASCII in one fixed layout (ISO dates
    // and times, UUIDs), where comparing code units orders them as
    // localeCompare did, at a fraction of the cost for 100,000 of them.
    keyed.push({
      key: `${made.localStart ?? conversation.createdAt}\u0000${conversation.id}`,
      record: made,
    })
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { people: read.people.items, conversations: keyed.map((k) => k.record) }
}

/** Records made between two pauses for other requests. */
const slice = 2000

/** What a conversation with nothing written about it shows; one for all of them, never changed. */
const noPlan: ConversationRecord['plan'] = Object.freeze({ items: [] })
const noMeeting: ConversationRecord['meeting'] = Object.freeze({ researchNotes: '', freeNotes: '' })
const noReflection: ExportReflection = Object.freeze({
  exists: false,
  takeaways: '',
  surprises: '',
  aha: '',
  pros: [],
  cons: [],
  dayToDay: '',
  training: '',
  fitRating: null,
  hypothesisChange: '',
  pay: [],
  questions: [],
  nextPeople: [],
})
