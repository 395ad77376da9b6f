import { compareInstants } from '../rules/local-time.ts'
import { attemptKinds, type MessageKind } from './schema.ts'

/**
 * Outreach threads: the attempts to reach one person (the outreach and its
 * follow-ups) up to their reply. A message asking again after a reply
 * starts a new thread, so a second conversation with the same person is
 * chased afresh; without a reply, every attempt counts against
 * `maxAttemptsPerPerson`.
 */

/** A sent message, as the cadence reads it. */
export interface SentMessage {
  id: string
  personId: string
  conversationId: string | null
  kind: MessageKind
  sentAt: string
  repliedAt: string | null
}

export interface OutreachThreadOf {
  personId: string
  /** The attempts, oldest first. */
  attempts: SentMessage[]
  /** The earliest reply to any of them. */
  repliedAt: string | null
  /** The conversation the attempts are about (the latest one named). */
  conversationId: string | null
}

/**
 * Groups sent messages into threads per person, oldest thread first.
 *
 * @example threadsByPerson([outreach, followUp]).get(personId)?.at(-1)?.attempts.length // 2
 */
export function threadsByPerson(messages: readonly SentMessage[]): Map<string, OutreachThreadOf[]> {
  const attempts = messages
    .filter((m) => attemptKinds.includes(m.kind))
    .sort((a, b) => compareInstants(a.sentAt, b.sentAt))
  const byPerson = new Map<string, OutreachThreadOf[]>()
  for (const message of attempts) {
    const threads = byPerson.get(message.personId) ?? []
    let current = threads.at(-1)
    if (!current || (current.repliedAt && compareInstants(message.sentAt, current.repliedAt) > 0)) {
      current = { personId: message.personId, attempts: [], repliedAt: null, conversationId: null }
      threads.push(current)
    }
    current.attempts.push(message)
    current.conversationId = message.conversationId ?? current.conversationId
    if (
      message.repliedAt &&
      (!current.repliedAt || compareInstants(message.repliedAt, current.repliedAt) < 0)
    ) {
      current.repliedAt = message.repliedAt
    }
    byPerson.set(message.personId, threads)
  }
  return byPerson
}
