import { DateTime } from 'luxon'
import type { Conversation } from '../conversations/schema.ts'
import type { Person } from '../people/schema.ts'
import { greetingName } from '../people/service.ts'
import { careerInSentence } from '../rules/career-phrase.ts'
import type { Settings } from '../settings/schema.ts'
import { letterDayText, timeText } from '../shared/date-words.ts'
import type { TemplateValues } from './templates.ts'

/**
 * The values a draft's `{variables}` take, from what coffeechat knows:
 * the person, their organization and careers, the conversation and the
 * explorer's own name. What it cannot know (the takeaway, the next step)
 * stays as `{takeaway}` in the draft, named by the template problems, for
 * the explorer to write.
 *
 * @example draftValues(person, null, settings).firstName // 'Amara'
 */
export function draftValues(
  person: Person,
  conversation: Conversation | null,
  settings: Settings,
): TemplateValues {
  const career = conversation?.careers[0] ?? person.careers[0]
  const values: TemplateValues = {
    firstName: greetingName(person),
    myName: settings.explorerName || undefined,
    connection: connectionOf(person) ?? undefined,
    career: career ? careerInSentence(career) || undefined : undefined,
    organization: person.organization ?? undefined,
    theirTitle: person.title || undefined,
    minutes: conversation?.durationMinutes ?? settings.conversationMinutes,
    place: conversation?.place || undefined,
  }
  // Held on another day than planned: the date is the day it happened.
  const meetingAt = conversation?.meetingAt ?? conversation?.scheduledAt
  if (conversation && meetingAt) {
    const zone = conversation.timeZone ?? 'UTC'
    const start = DateTime.fromISO(meetingAt, { zone: 'utc' }).setZone(zone)
    // In the explorer's clock (3:00 PM or 15:00), in the meeting's zone, named.
    const style = { timeZone: zone, clock: settings.clock }
    values.date = letterDayText(start.toISODate() ?? '', style)
    values.time = `${timeText(start.toJSDate(), style)} ${start.setLocale('en-GB').toFormat('ZZZZ')}`
    if (!values.place && conversation.format === 'video') values.place = 'by video'
    if (!values.place && conversation.format === 'phone') values.place = 'by phone'
  }
  return values
}

/** How each kind of connection reads after "I found you through". */
const connectionPhrases: Partial<Record<Person['connection'], string>> = {
  alumni: 'our alumni network',
  linkedin: 'LinkedIn',
  colleague: 'a colleague',
  friend: 'a friend',
}

/**
 * Who or what connects the explorer to the person, as it reads after "I
 * found you through": the referrer's name, else a phrase for the kind of
 * connection. Null when only the explorer can say it (an event, a note),
 * so the draft keeps `{connection}` for them to write.
 *
 * @example connectionOf({ referredBy: 'Dana Park', connection: 'referral' }) // 'Dana Park'
 */
export function connectionOf(person: Pick<Person, 'referredBy' | 'connection'>): string | null {
  return person.referredBy || connectionPhrases[person.connection] || null
}

/** Whether the person came through someone or something, so the outreach opens with it. */
export function hasConnection(person: Pick<Person, 'referredBy' | 'connection'>): boolean {
  return Boolean(person.referredBy) || !['cold', 'other'].includes(person.connection)
}
