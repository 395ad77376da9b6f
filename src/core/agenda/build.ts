import { addCalendarDays } from '../rules/calendar-date.ts'
import {
  confirmationDue,
  type Deadline,
  nextCheckIn,
  progressUpdateDue,
  reflectionDue,
  thankYouDue,
} from '../rules/deadlines.ts'
import { compareInstants, localDate } from '../rules/local-time.ts'
import { chasing } from './chasing.ts'
import {
  type AgendaSnapshot,
  conversationPage,
  conversationStep,
  draftAction,
  item,
  meetingTime,
  sentFor,
} from './items.ts'
import { count, dayName, when } from './phrases.ts'
import { type AgendaItem, agendaSections } from './schema.ts'

export type { AgendaSnapshot } from './items.ts'

/**
 * The Today agenda: each thing due, with its deadline and the one action
 * that clears it, most urgent first (by section, then overdue first, then
 * by deadline).
 */
export function buildAgenda(s: AgendaSnapshot): AgendaItem[] {
  const items = [
    ...meetings(s),
    ...afterMeetings(s),
    ...confirmations(s),
    ...chasing(s),
    ...laterTouches(s),
    ...nextSteps(s),
  ]
  const rank = (item: AgendaItem) => agendaSections.findIndex((sec) => sec.key === item.section)
  return items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueBy ?? '9999').localeCompare(b.dueBy ?? '9999') ||
      a.title.localeCompare(b.title),
  )
}

function meetings(s: AgendaSnapshot): AgendaItem[] {
  const { clock } = s
  const tomorrow = addCalendarDays(clock.today, 1)
  return s.conversations.flatMap((c) => {
    const meeting = meetingTime(c)
    if (c.status !== 'scheduled' || !meeting) return []
    const day = localDate(meeting.startsAt, clock.zone)
    if (day > tomorrow) return []
    const end = new Date(Date.parse(meeting.startsAt) + meeting.minutes * 60_000).toISOString()
    const where = [c.organization_name, c.format?.replace('_', ' '), c.place].filter(Boolean)
    if (compareInstants(end, clock.now) <= 0) {
      return [
        item(
          'meeting-unconfirmed',
          {
            title: `Did you meet ${c.person_name}?`,
            detail: `It was planned ${when(meeting.startsAt, clock)}: mark it met (then thank them tonight), postponed or cancelled.`,
            dueBy: null,
            personId: c.person_id,
            conversationId: c.id,
            action: {
              label: 'We met',
              href: conversationPage(c.id),
              command: `coffeechat chats edit ${c.id} --status met`,
            },
          },
          clock,
        ),
      ]
    }
    return [
      item(
        'meeting',
        {
          title: `Meeting with ${c.person_name}`,
          detail: where.join(' · ') || 'Where and how is not noted yet.',
          dueBy: meeting.startsAt,
          dueText: when(meeting.startsAt, clock),
          personId: c.person_id,
          conversationId: c.id,
          // "Prepare" opens the questions to prepare, not the page one step before them.
          action: conversationStep('Prepare', c.id, 'prepare', 'plan'),
          links: [
            {
              label: 'Add to calendar (.ics)',
              href: `/api/conversations/${encodeURIComponent(c.id)}/calendar.ics`,
            },
          ],
        },
        clock,
      ),
    ]
  })
}

/** Thank-yous (met, none sent yet) and reflections (not completed). */
function afterMeetings(s: AgendaSnapshot): AgendaItem[] {
  const { clock, settings } = s
  return s.conversations.flatMap((c) => {
    const meeting = meetingTime(c)
    const items: AgendaItem[] = []
    const thanked = sentFor(s, ['thank-you'], (m) => m.conversation_id === c.id)
    if (c.status === 'met' && !thanked) {
      const due: Deadline | null = meeting
        ? thankYouDue(meeting, settings.thankYouDeadline, clock.zone)
        : null
      items.push(
        item(
          'thank-you',
          {
            title: `Thank ${c.person_name}`,
            detail: meeting
              ? `You met ${when(meeting.startsAt, clock)}: name one thing you learned and what you will do with it.`
              : 'Name one thing you learned and what you will do with it.',
            dueBy: due?.dueBy ?? null,
            personId: c.person_id,
            conversationId: c.id,
            action: draftAction(s, 'Write the thank-you', 'thank-you', c.person_id, c.id),
          },
          clock,
        ),
      )
    }
    if ((c.status === 'met' || c.status === 'thanked') && !c.reflection_completed_at) {
      const due = meeting ? reflectionDue(meeting, settings.reflectionDeadline, clock.zone) : null
      items.push(
        item(
          'reflection',
          {
            title: `Reflect on your conversation with ${c.person_name}`,
            detail: 'Takeaways, surprises, pay heard and fit, while it is fresh.',
            dueBy: due?.dueBy ?? null,
            personId: c.person_id,
            conversationId: c.id,
            action: conversationStep('Reflect', c.id, 'reflection', 'reflect'),
          },
          clock,
        ),
      )
    }
    return items
  })
}

function confirmations(s: AgendaSnapshot): AgendaItem[] {
  const { clock, settings } = s
  return s.conversations.flatMap((c) => {
    const meeting = meetingTime(c)
    if (c.status !== 'scheduled' || !meeting || compareInstants(meeting.startsAt, clock.now) <= 0) {
      return []
    }
    const due = confirmationDue(
      meeting,
      settings.confirmationDaysBefore,
      clock.zone,
      c.status_changed_at,
    )
    if (!due || due.date > clock.today) return []
    if (sentFor(s, ['confirmation'], (m) => m.conversation_id === c.id)) return []
    return [
      item(
        'confirmation',
        {
          title: `Confirm the meeting with ${c.person_name}`,
          detail: `Planned ${when(meeting.startsAt, clock)}: a short note with the day, the time and the place.`,
          dueBy: due.dueBy,
          personId: c.person_id,
          conversationId: c.id,
          action: draftAction(s, 'Write the confirmation', 'confirmation', c.person_id, c.id),
        },
        clock,
      ),
    ]
  })
}

/** Progress updates about two weeks after a meeting, and the optional check-ins. */
function laterTouches(s: AgendaSnapshot): AgendaItem[] {
  const { clock, settings } = s
  const items: AgendaItem[] = []
  const updated = new Set<string>()
  for (const c of s.conversations) {
    const meeting = meetingTime(c)
    if (!meeting || (c.status !== 'met' && c.status !== 'thanked')) continue
    const due = progressUpdateDue(meeting, settings.progressUpdateAfterDays, clock.zone)
    // Weeks late, an update is no longer one; the check-ins take over.
    const lapses = addCalendarDays(due.date, settings.progressUpdateAfterDays)
    if (due.date > clock.today || clock.today > lapses) continue
    const done = sentFor(
      s,
      ['progress-update', 'check-in'],
      (m) => m.person_id === c.person_id && (m.sent_at ?? '') >= meeting.startsAt,
    )
    if (done || updated.has(c.person_id)) continue
    updated.add(c.person_id)
    items.push(
      item(
        'progress-update',
        {
          title: `Send ${c.person_name} a progress update`,
          detail: `You met on ${dayName(localDate(meeting.startsAt, clock.zone), clock)}: tell them what you did with their advice.`,
          dueBy: due.dueBy,
          personId: c.person_id,
          conversationId: c.id,
          action: draftAction(s, 'Write the update', 'progress-update', c.person_id, c.id),
        },
        clock,
      ),
    )
  }
  if (!settings.monthlyCheckIn) return items
  const lastContact = new Map<string, { at: string; conversationId: string; name: string }>()
  for (const c of s.conversations) {
    const held = meetingTime(c)?.startsAt
    if (!held || (c.status !== 'met' && c.status !== 'thanked')) continue
    const previous = lastContact.get(c.person_id)
    if (!previous || previous.at < held) {
      lastContact.set(c.person_id, { at: held, conversationId: c.id, name: c.person_name })
    }
  }
  for (const m of s.sent) {
    const previous = lastContact.get(m.person_id)
    const at = [m.sent_at, m.replied_at]
      .filter((t): t is string => Boolean(t))
      .sort()
      .at(-1)
    if (previous && at && previous.at < at) lastContact.set(m.person_id, { ...previous, at })
  }
  for (const [personId, last] of lastContact) {
    const due = nextCheckIn(last.at, settings, clock.zone)
    if (!due || due.date > clock.today || updated.has(personId)) continue
    items.push(
      item(
        'check-in',
        {
          title: `Check in with ${last.name}`,
          detail: `Last in touch on ${dayName(localDate(last.at, clock.zone), clock)}: a short note on how your exploration is going.`,
          dueBy: due.dueBy,
          personId,
          conversationId: last.conversationId,
          action: draftAction(s, 'Write a check-in', 'check-in', personId, last.conversationId),
        },
        clock,
      ),
    )
  }
  return items
}

/** Careers with too few voices, and referrals nobody has written to yet. */
function nextSteps(s: AgendaSnapshot): AgendaItem[] {
  const { clock } = s
  const coverage = s.coverage
    .filter((c) => !c.covered)
    .map((c) =>
      item(
        'coverage',
        {
          title: `Find more people for ${c.name}`,
          detail: `${count(c.people, 'person', 'people')} spoken with, from ${count(c.organizations, 'organization', 'organizations')}; the target is ${c.minPeople} from ${c.minOrganizations}.`,
          dueBy: null,
          personId: null,
          conversationId: null,
          action: {
            label: 'See the career',
            href: `/careers/${encodeURIComponent(c.id)}`,
            command: `coffeechat people add "NAME" --career ${c.id} --org "ORGANIZATION"`,
          },
        },
        clock,
      ),
    )
  const referrals = s.people
    .filter((p) => p.referred_by_id && !p.contacted)
    .map((p) =>
      item(
        'referral',
        {
          title: `Write to ${p.name}`,
          detail: `Referred by ${p.referrer_name ?? 'someone you met'}${p.organization_name ? ` (${p.organization_name})` : ''}; not contacted yet.`,
          dueBy: null,
          personId: p.id,
          conversationId: null,
          action: draftAction(s, 'Write the first email', 'outreach', p.id, null),
        },
        clock,
      ),
    )
  return [...coverage, ...referrals]
}
