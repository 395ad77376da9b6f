import { reflectionDocument } from '../backup/search-documents.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { reflectionDue } from '../rules/deadlines.ts'
import { meetingTimeOf } from '../rules/held-time.ts'
import { indexDocument, unindexDocument } from '../search/service.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { decidePatch } from '../shared/last-writer.ts'
import { requireCareerIds } from '../shared/links.ts'
import { storedEnum } from '../shared/schema.ts'
import { jsonList, readNextPeople } from '../shared/stored-lists.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { toYearly } from './pay.ts'
import { syncRaisedQuestions } from './raised-questions.ts'
import {
  deleteReflectionRow,
  insertReflection,
  type PayEntryRow,
  type ReflectedConversation,
  type ReflectionRow,
  replacePayEntries,
  selectCareerIdsOfConversation,
  selectPayEntries,
  selectRaisedQuestions,
  selectReflection,
  updateReflectionRow,
} from './repo.ts'
import { requireReflectedConversation } from './resolve.ts'
import {
  type PayEntry,
  payPeriods,
  type RaisedQuestion,
  type Reflection,
  ReflectionPatch,
} from './schema.ts'

/** Statuses after which there is something to reflect on. */
const heldStatuses = new Set(['met', 'thanked'])

/**
 * The reflection on a conversation; an empty one (`exists: false`) when
 * nothing was written yet, so a form can start from it.
 *
 * @example const reflection = await getReflection(ctx, conversationId)
 */
export async function getReflection(ctx: Ctx, conversationId: string): Promise<Reflection> {
  const conversation = await requireReflectedConversation(ctx, conversationId)
  const [row, pay, raised, settings] = await Promise.all([
    selectReflection(ctx, conversationId),
    selectPayEntries(ctx, conversationId),
    selectRaisedQuestions(ctx, conversationId),
    getSettings(ctx),
  ])
  // The explorer's evening, as on Today: the day it was held, in their zone.
  const meeting = meetingTimeOf(conversation)
  const dueBy = meeting
    ? reflectionDue(meeting, settings.reflectionDeadline, effectiveTimeZone(settings)).dueBy
    : null
  const completedAt = row?.completed_at ?? null
  return {
    conversationId,
    personId: conversation.person_id,
    person: conversation.person_name,
    ...reflectionContent(
      row,
      pay,
      raised.filter((q) => !q.retired_at),
    ),
    completedAt,
    dueBy,
    overdue: Boolean(dueBy && !completedAt && ctx.now().toISOString() > dueBy),
    createdAt: row?.created_at ?? null,
    updatedAt: row?.updated_at ?? null,
  }
}

/**
 * Saves part of a reflection (autosave-friendly: only the fields given
 * change; lists are replaced whole). The first save creates it. Pay lines go
 * to the pay ledger, new questions join the conversation's careers, and the
 * text is indexed for search.
 *
 * @example await saveReflection(ctx, id, { fitRating: 4, pros: ['real data'] })
 */
export async function saveReflection(
  ctx: Ctx,
  conversationId: string,
  patch: unknown,
): Promise<Reflection> {
  const { updatedAt, ...edit } = parseInput(ReflectionPatch, patch)
  await inTransaction(ctx, async (tx) => {
    const conversation = await requireReflectedConversation(tx, conversationId)
    requireHeld(tx, conversation)
    const now = tx.now().toISOString()
    const current = await selectReflection(tx, conversationId)
    // Last writer wins per field, by the client's clock: an edit replayed late
    // (a phone back online, a second device) never overwrites a newer one.
    const decision = decidePatch(edit, current?.field_times, updatedAt, tx.now())
    const changes: typeof edit = Object.fromEntries(decision.apply.map((key) => [key, edit[key]]))
    const base: ReflectionRow = current ?? {
      conversation_id: conversationId,
      owner_id: tx.ownerId,
      takeaways: '',
      surprises: '',
      aha: '',
      pros: '[]',
      cons: '[]',
      day_to_day: '',
      training: '',
      fit_rating: null,
      hypothesis_change: '',
      next_people: '[]',
      completed_at: null,
      created_at: now,
      updated_at: now,
      field_times: '{}',
    }
    const next: ReflectionRow = {
      ...base,
      takeaways: changes.takeaways ?? base.takeaways,
      surprises: changes.surprises ?? base.surprises,
      aha: changes.aha ?? base.aha,
      pros: changes.pros ? JSON.stringify(uniqueLines(changes.pros)) : base.pros,
      cons: changes.cons ? JSON.stringify(uniqueLines(changes.cons)) : base.cons,
      day_to_day: changes.dayToDay ?? base.day_to_day,
      training: changes.training ?? base.training,
      fit_rating: changes.fitRating === undefined ? base.fit_rating : changes.fitRating,
      hypothesis_change: changes.hypothesisChange ?? base.hypothesis_change,
      next_people: changes.nextPeople
        ? JSON.stringify(
            changes.nextPeople.map((p) => ({
              name: tidy(p.name),
              note: p.note,
              personId: p.personId ?? null,
            })),
          )
        : base.next_people,
      completed_at:
        changes.completed === undefined
          ? base.completed_at
          : changes.completed
            ? (base.completed_at ?? now)
            : null,
      updated_at: now,
      field_times: JSON.stringify(decision.times),
    }
    if (current) await updateReflectionRow(tx, next)
    else await insertReflection(tx, next)

    const careerIds = await selectCareerIdsOfConversation(tx, conversationId)
    let payRows: PayEntryRow[] | undefined
    if (changes.pay) {
      const rows: PayEntryRow[] = []
      for (const [index, entry] of changes.pay.entries()) {
        const careerId =
          entry.careerId === undefined
            ? careerIds.length === 1
              ? (careerIds[0] ?? null)
              : null
            : entry.careerId
        if (careerId) await requireCareerIds(tx, [careerId], `pay.${index}.careerId`)
        rows.push({
          id: newId(tx.now()),
          owner_id: tx.ownerId,
          conversation_id: conversationId,
          career_id: careerId,
          low: entry.low ?? null,
          high: entry.high ?? null,
          currency: entry.currency,
          period: entry.period,
          level: entry.level,
          location: entry.location,
          year: entry.year ?? null,
          note: entry.note,
          position: index,
          created_at: now,
        })
      }
      await replacePayEntries(tx, conversationId, rows)
      payRows = rows
    }
    if (changes.questions) {
      await syncRaisedQuestions(tx, conversationId, careerIds, changes.questions)
    }
    payRows ??= await selectPayEntries(tx, conversationId)
    await indexReflection(tx, conversation.person_name, next, payRows)
  })
  return getReflection(ctx, conversationId)
}

/** Deletes a reflection with its pay lines; the questions it raised stay in the bank. */
export async function deleteReflection(ctx: Ctx, conversationId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (!(await selectReflection(tx, conversationId)))
      throw new NotFoundError('reflection of conversation', conversationId)
    await deleteReflectionRow(tx, conversationId)
    await replacePayEntries(tx, conversationId, [])
    await unindexDocument(tx, 'reflection', conversationId)
  })
}

function requireHeld(ctx: Ctx, conversation: ReflectedConversation): void {
  if (heldStatuses.has(conversation.status)) return
  const started =
    conversation.started_at ??
    (conversation.status === 'scheduled' ? conversation.scheduled_at : null)
  if (started && started <= ctx.now().toISOString()) return
  throw invalid(
    'conversationId',
    `the conversation with ${conversation.person_name} is ${conversation.status.replace('_', ' ')}; reflect once you have met (mark it met first)`,
  )
}

/** Keeps the first spelling of lines that differ only in case, accents or spacing. */
function uniqueLines(lines: string[]): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const line of lines.map(tidy)) {
    const key = fold(line)
    if (!line || seen.has(key)) continue
    seen.add(key)
    kept.push(line)
  }
  return kept
}

/**
 * What a reflection says, from its row (empty fields while there is none),
 * its pay lines and the questions it raised: the part of a `Reflection` an
 * export writes too.
 *
 * @example reflectionContent(undefined, [], []).takeaways // ''
 */
export function reflectionContent(
  row: ReflectionRow | undefined,
  pay: readonly PayEntryRow[],
  raised: Parameters<typeof groupRaised>[0],
) {
  return {
    exists: Boolean(row),
    takeaways: row?.takeaways ?? '',
    surprises: row?.surprises ?? '',
    aha: row?.aha ?? '',
    pros: row ? jsonList(row.pros) : [],
    cons: row ? jsonList(row.cons) : [],
    dayToDay: row?.day_to_day ?? '',
    training: row?.training ?? '',
    fitRating: row?.fit_rating ?? null,
    hypothesisChange: row?.hypothesis_change ?? '',
    pay: pay.map(toPayEntry),
    questions: groupRaised(raised),
    nextPeople: row ? readNextPeople(row.next_people) : [],
  }
}

export function toPayEntry(row: PayEntryRow): PayEntry {
  const period = storedEnum(payPeriods, row.period, 'year')
  return {
    id: row.id,
    low: row.low,
    high: row.high,
    currency: row.currency,
    period,
    level: row.level,
    location: row.location,
    year: row.year,
    note: row.note,
    careerId: row.career_id,
    yearlyLow: toYearly(row.low, period),
    yearlyHigh: toYearly(row.high, period),
  }
}

/**
 * Questions raised in a reflection as the explorer wrote them: one entry per
 * text (case and accents aside), with the bank question of each career.
 * `rows` oldest first, retired ones left out.
 */
export function groupRaised(
  rows: Array<{ id: string; text: string; topic: string; career_id: string | null }>,
): RaisedQuestion[] {
  const byText = new Map<string, RaisedQuestion>()
  for (const row of rows) {
    const key = fold(row.text)
    const entry = byText.get(key) ?? {
      text: row.text,
      topic: row.topic,
      questionIds: [],
      careerIds: [],
    }
    entry.questionIds.push(row.id)
    if (row.career_id) entry.careerIds.push(row.career_id)
    byText.set(key, entry)
  }
  return [...byText.values()]
}

async function indexReflection(
  ctx: Ctx,
  person: string,
  row: ReflectionRow,
  pay: PayEntryRow[],
): Promise<void> {
  await indexDocument(ctx, reflectionDocument(row, person, pay))
}
