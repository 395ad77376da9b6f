import type { PersonCadence } from '../outreach/cadence-service.ts'
import { localDate } from '../rules/local-time.ts'
import { type AgendaSnapshot, conversationPage, draftAction, item } from './items.ts'
import { count, dayName, dueSince } from './phrases.ts'
import type { AgendaItem } from './schema.ts'

/** How many people not contacted yet a second-contact item names (and links to). */
export const SECOND_CONTACTS_NAMED = 5

/**
 * The organizations where a second person should be written to now: the
 * only ones whose uncontacted people the agenda needs to read.
 */
export function secondContactOrganizations(
  cadence: ReadonlyMap<string, PersonCadence>,
  organizationOf: ReadonlyMap<string, string | null>,
): string[] {
  const organizations = new Set<string>()
  for (const { personId, thread, status } of cadence.values()) {
    const organization = organizationOf.get(personId)
    if (organization && !thread.repliedAt && status.secondContact.state === 'due') {
      organizations.add(organization)
    }
  }
  return [...organizations]
}

/** 3B7: follow-ups, second contacts, replies awaited and silent people. */
export function chasing(s: AgendaSnapshot): AgendaItem[] {
  const { clock } = s
  const people = new Map(s.people.map((p) => [p.id, p]))
  const conversations = new Map(s.conversations.map((c) => [c.id, c]))
  return [...s.cadence.values()].flatMap((cadence) => {
    const person = people.get(cadence.personId)
    const { status, thread } = cadence
    const first = thread.attempts[0]
    if (!person || !first || thread.repliedAt) return []
    const sentOn = dayName(localDate(first.sentAt, clock.zone), clock)
    const conversationId = thread.conversationId
    const base = { personId: person.id, conversationId }
    // Both 3B7 steps can be due at once (day 7 with nobody else written to):
    // the second contact stays, overdue, beside the follow-up until it is done.
    const due: AgendaItem[] = []
    if (status.followUp?.state === 'due') {
      due.push(
        item(
          'follow-up',
          {
            ...base,
            title: `Follow up with ${person.name}`,
            detail: `No reply since ${sentOn} (${count(status.businessDaysWaited, 'business day', 'business days')}): one short follow-up, then no more chasing.`,
            dueBy: status.followUp.due.at,
            dueText: dueSince(status.followUp.due.date, clock),
            // Due from the start of its day: overdue only once that day is over.
            overdue: status.followUp.due.date < clock.today,
            action: draftAction(s, 'Write the follow-up', 'follow-up', person.id, conversationId),
          },
          clock,
        ),
      )
    }
    if (person.organization_id && status.secondContact.state === 'due') {
      const organization = person.organization_name ?? 'their organization'
      const uncontacted = s.candidates.filter(
        (p) => p.organization_id === person.organization_id && p.id !== person.id,
      )
      const candidates = uncontacted.slice(0, SECOND_CONTACTS_NAMED)
      const others = uncontacted.length > candidates.length ? ' and others' : ''
      const links = candidates.map((p) => {
        const action = draftAction(s, `Write to ${p.name}`, 'outreach', p.id, null)
        return { label: `Write to ${p.name}`, href: action.href, command: action.command }
      })
      const [firstCandidate] = candidates
      due.push(
        item(
          'second-contact',
          {
            ...base,
            title: `Write to a second person at ${organization}`,
            detail: `${person.name} has not replied since ${sentOn} (${count(status.businessDaysWaited, 'business day', 'business days')}). ${
              candidates.length > 0
                ? `Not contacted yet there: ${candidates.map((p) => p.name).join(', ')}${others}.`
                : `Nobody else at ${organization} in coffeechat yet: add someone.`
            }`,
            dueBy: status.secondContact.due.at,
            dueText: dueSince(status.secondContact.due.date, clock),
            overdue: status.secondContact.due.date < clock.today,
            action: firstCandidate
              ? draftAction(
                  s,
                  `Write to ${firstCandidate.name}`,
                  'outreach',
                  firstCandidate.id,
                  null,
                )
              : {
                  label: `Add someone at ${organization}`,
                  href: `/people/new?organizationId=${encodeURIComponent(person.organization_id)}`,
                  command: `coffeechat people add "NAME" --org ${person.organization_id}`,
                },
            links,
          },
          clock,
        ),
      )
    }
    if (due.length > 0) return due
    const conversation = conversationId ? conversations.get(conversationId) : undefined
    if (status.responsiveness === 'curmudgeon') {
      if (conversation?.status !== 'requested') return []
      return [
        item(
          'no-response',
          {
            ...base,
            title: `No reply from ${person.name}`,
            detail:
              'No answer after the follow-up: stop chasing and mark the conversation "no response" (it can be picked up again if they write).',
            dueBy: null,
            action: {
              label: 'Mark no response',
              href: conversationPage(conversation.id),
              command: `coffeechat chats edit ${conversation.id} --status no_response`,
            },
          },
          clock,
        ),
      ]
    }
    const away = status.awayUntil
      ? `away until ${dayName(status.awayUntil, clock)} (their auto-reply said so), so `
      : ''
    const next = status.followUp
      ? `${away}the follow-up is due on ${dayName(status.followUp.due.date, clock)}`
      : `${away}you followed up; no more chasing after this`
    return [
      item(
        'reply-awaited',
        {
          ...base,
          title: `Waiting for ${person.name}`,
          detail: `Asked on ${sentOn}${person.organization_name ? ` (${person.organization_name})` : ''}; ${next}. Did they reply? Record it.`,
          dueBy: null,
          dueDate: status.followUp?.due.date ?? null,
          action: {
            label: 'They replied',
            href: `/people/${encodeURIComponent(person.id)}`,
            command: `coffeechat reply ${person.id}`,
          },
        },
        clock,
      ),
    ]
  })
}
