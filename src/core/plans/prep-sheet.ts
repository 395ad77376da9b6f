import { selectCareerHypotheses } from '../careers/reads.ts'
import type { Ctx } from '../context.ts'
import { getConversation } from '../conversations/service.ts'
import { getMeeting } from '../meetings/service.ts'
import { selectOrganization } from '../organizations/reads.ts'
import type { ConnectionKind } from '../people/schema.ts'
import { getPerson } from '../people/service.ts'
import { questionTopicLabels } from '../questions/topics.ts'
import { explorerDateStyle } from '../settings/service.ts'
import { type DateStyle, dateOf, dayText, timeText } from '../shared/date-words.ts'
import type { PrepSheet } from './prep-schema.ts'
import { getPlan } from './service.ts'

const connectionWords: Record<ConnectionKind, string> = {
  alumni: 'Alumni',
  referral: 'Referred by someone',
  linkedin: 'LinkedIn',
  colleague: 'Colleague',
  friend: 'Friend or family',
  event: 'Met at an event',
  cold: 'Cold (no connection yet)',
  other: 'Other',
}

const formatWords = { in_person: 'In person', video: 'Video call', phone: 'Phone call' } as const

/**
 * Gathers the prep sheet of a conversation: who (and how you are connected),
 * when (local time and zone, promised length), where, the background notes
 * (your research, the person's and the organization's notes) and the plan.
 *
 * @example (await prepSheet(ctx, conversationId)).questions.length // 8
 */
export async function prepSheet(ctx: Ctx, conversationId: string): Promise<PrepSheet> {
  const conversation = await getConversation(ctx, conversationId)
  const [person, plan, meeting] = await Promise.all([
    getPerson(ctx, conversation.personId),
    getPlan(ctx, conversationId),
    getMeeting(ctx, conversationId),
  ])
  const organization = person.organizationId
    ? await selectOrganization(ctx, person.organizationId)
    : undefined
  const careers = await selectCareerHypotheses(ctx, conversation.careerIds)
  return {
    conversationId,
    who: {
      name: person.name,
      title: person.title,
      organization: person.organization,
      connection: connectionWords[person.connection],
      connectionNote: person.connectionNote,
      referredBy: person.referredBy,
      emails: person.emails,
      linkedinUrl: person.linkedinUrl,
    },
    when: {
      scheduledAt: conversation.scheduledAt,
      // The day in the meeting's zone, the time in the explorer's clock too: "3:00 PM" when they read 12-hour times.
      local:
        conversation.scheduledAt && conversation.timeZone
          ? meetingWhenText(conversation.scheduledAt, {
              ...(await explorerDateStyle(ctx)),
              timeZone: conversation.timeZone,
            })
          : null,
      timeZone: conversation.timeZone,
      minutes: conversation.durationMinutes,
    },
    where: {
      format: conversation.format ? formatWords[conversation.format] : null,
      place: conversation.place,
    },
    careers: careers.map((c) => ({ name: c.name, hypothesis: c.hypothesis })),
    background: {
      researchNotes: meeting.researchNotes,
      personNotes: person.notes,
      organizationNotes: organization?.notes ?? '',
      organizationWebsite: organization?.website ?? null,
    },
    questions: plan.items.map((item, index) => ({
      number: index + 1,
      text: item.text,
      topic: item.topic,
      topicLabel: questionTopicLabels[item.topic],
      state: item.state,
    })),
    warnings: plan.warnings,
  }
}

/**
 * The meeting's day and time in its own zone, in the explorer's English and
 * clock: "Thursday, 5 March 2026 at 15:00" (US: "Thursday, March 5, 2026 at 3:00 PM").
 */
function meetingWhenText(instant: string, style: DateStyle): string {
  return `${dayText(dateOf(instant, style.timeZone), style, undefined, 'long')} at ${timeText(instant, style)}`
}
