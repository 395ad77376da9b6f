import { DateTime } from 'luxon'
import type { Ctx } from '../core/context.ts'
import { listConversations } from '../core/conversations/service.ts'
import { selectMessage, updateMessageRow } from '../core/outreach/repo.ts'
import type { MessageKind } from '../core/outreach/schema.ts'
import { createDraft } from '../core/outreach/service.ts'
import { assertFinished } from '../core/outreach/unfinished.ts'
import { resolvePerson } from '../core/people/service.ts'
import { effectiveTimeZone, getSettings, updateSettings } from '../core/settings/service.ts'

/**
 * The messages behind the demo's conversations, so Today is full when the
 * demo starts: requests sent 2, 5 and 11 days ago (waiting, a second
 * contact due, a follow-up due), a thank-you missing for yesterday's
 * meeting and one due tonight, a confirmation due for tomorrow's meeting,
 * replies that make Amara a booster and Ingrid an obligate, Oskar a
 * curmudgeon after his follow-up, and a draft to Tom, Sofía's referral.
 */

interface Scripted {
  person: string
  /** Which of their conversations, by status (their only one when absent). */
  status?: string
  kind: MessageKind
  /** Days before today it went out, at `time` local; absent for a draft. */
  sentDaysAgo?: number
  time?: string
  /** Hours after sending that they replied. */
  repliedAfterHours?: number
  /** Our own text instead of the template's, for the thank-yous. */
  body?: string
  /** What the explorer wrote for a {variable} only they know (where they met). */
  fill?: { connection: string }
}

const script: Scripted[] = [
  { person: 'Dana Cohen', kind: 'outreach', sentDaysAgo: 50, repliedAfterHours: 5 },
  {
    person: 'Dana Cohen',
    kind: 'thank-you',
    sentDaysAgo: 40,
    time: '20:10',
    body: 'Hi Dana,\n\nThank you for your time today. You mentioned that the hours peak around quarter ends, and that stuck with me. I will talk to two more quants before I decide.\n\nBest,\nMira',
  },
  {
    person: 'Amara Okafor',
    status: 'thanked',
    kind: 'outreach',
    sentDaysAgo: 31,
    repliedAfterHours: 26,
  },
  {
    person: 'Amara Okafor',
    status: 'thanked',
    kind: 'thank-you',
    sentDaysAgo: 24,
    time: '19:40',
    body: 'Hi Amara,\n\nThank you for your time today. Your point that most of the first year is data cleaning stuck with me, and it changed how I see data science. As a next step, I will take the SQL course you recommended.\n\nBest,\nMira',
  },
  { person: 'Ingrid Halvorsen', kind: 'outreach', sentDaysAgo: 30, repliedAfterHours: 8 * 24 },
  {
    person: 'Ingrid Halvorsen',
    kind: 'thank-you',
    sentDaysAgo: 17,
    time: '20:30',
    body: 'Hi Ingrid,\n\nThank you for your time today. You explained that R&D timelines run two to three years, which I had not realised. I will ask Marco how projects get picked.\n\nBest,\nMira',
  },
  { person: 'Hannah Schulz', kind: 'outreach', sentDaysAgo: 12, repliedAfterHours: 30 },
  { person: 'Jonas Becker', kind: 'outreach', sentDaysAgo: 9, repliedAfterHours: 48 },
  { person: 'Marco Bianchi', kind: 'outreach', sentDaysAgo: 10, repliedAfterHours: 20 },
  {
    person: 'Sofía Ramírez',
    kind: 'outreach',
    sentDaysAgo: 8,
    repliedAfterHours: 3,
    fill: { connection: 'the open-data hackathon' },
  },
  { person: 'Claire Dubois', kind: 'outreach', sentDaysAgo: 12, repliedAfterHours: 4 * 24 },
  { person: 'Oskar Nilsson', kind: 'outreach', sentDaysAgo: 26 },
  { person: 'Oskar Nilsson', kind: 'follow-up', sentDaysAgo: 15 },
  { person: 'Li Wei', kind: 'outreach', sentDaysAgo: 2 },
  { person: 'Raj Patel', kind: 'outreach', sentDaysAgo: 5 },
  {
    person: 'Priya Nair',
    kind: 'outreach',
    sentDaysAgo: 11,
    fill: { connection: 'the SIAM conference poster session' },
  },
  { person: 'Tom Lindqvist', kind: 'outreach' },
]

export interface DemoOutreachSummary {
  messages: number
}

/** Writes the demo's messages; the explorer signs as Mira. */
export async function generateOutreach(ctx: Ctx): Promise<DemoOutreachSummary> {
  await updateSettings(ctx, { explorerName: 'Mira Castellanos' })
  const zone = effectiveTimeZone(await getSettings(ctx))
  const today = DateTime.fromJSDate(ctx.now()).setZone(zone).startOf('day')
  let messages = 0
  for (const line of script) {
    const person = await resolvePerson(ctx, line.person).catch(() => null)
    if (!person) continue
    const conversations = await listConversations(ctx, { personId: person.id }, { all: true })
    const conversation =
      conversations.items.find((c) => !line.status || c.status === line.status) ?? null
    const [hour = 9, minute = 40] = (line.time ?? '09:40').split(':').map(Number)
    const sentAt =
      line.sentDaysAgo === undefined
        ? null
        : today.minus({ days: line.sentDaysAgo }).set({ hour, minute })
    const writtenAt = new Date(
      Math.min((sentAt ?? DateTime.fromJSDate(ctx.now())).toMillis(), ctx.now().getTime()),
    )
    const draft = await createDraft(
      { ...ctx, now: () => writtenAt },
      {
        kind: line.kind,
        personId: person.id,
        conversationId: conversation?.id ?? null,
        ...(line.body ? { body: line.body } : {}),
      },
    )
    messages++
    if (!sentAt) continue
    const found = await selectMessage(ctx, draft.id)
    if (!found) continue
    const row = line.fill ? { ...found, ...filled(found, line.fill) } : found
    // A careful explorer sends nothing with a {variable} left in it; nor does the demo.
    assertFinished(row)
    // Written straight to the record: the demo's conversations already have their statuses.
    const repliedAt =
      line.repliedAfterHours === undefined
        ? null
        : sentAt.plus({ hours: line.repliedAfterHours }).toUTC().toISO()
    await updateMessageRow(ctx, {
      ...row,
      status: repliedAt ? 'replied' : 'sent',
      channel: line.kind === 'thank-you' ? 'copy' : 'mailto',
      sent_at: sentAt.toUTC().toISO(),
      replied_at: repliedAt,
      updated_at: repliedAt ?? sentAt.toUTC().toISO() ?? row.updated_at,
    })
  }
  return { messages }
}

/** The draft with what the explorer wrote in place of the variables only they know. */
function filled(row: { subject: string; body: string }, fill: { connection: string }) {
  const write = (text: string) => text.replaceAll('{connection}', fill.connection)
  return { subject: write(row.subject), body: write(row.body) }
}
