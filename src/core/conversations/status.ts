export const conversationStatuses = [
  'identified',
  'requested',
  'scheduled',
  'met',
  'thanked',
  'declined',
  'no_response',
  'postponed',
  'cancelled',
] as const
export type ConversationStatus = (typeof conversationStatuses)[number]

/**
 * The only moves a conversation can make. The main line is identified →
 * requested → scheduled → met → thanked; a declined or cancelled one can be
 * reopened as identified, a silent one picked up again.
 */
const transitions: Record<ConversationStatus, readonly ConversationStatus[]> = {
  identified: ['requested', 'scheduled', 'cancelled'],
  requested: ['scheduled', 'declined', 'no_response', 'postponed', 'cancelled'],
  scheduled: ['met', 'postponed', 'cancelled'],
  met: ['thanked'],
  thanked: [],
  declined: ['identified'],
  no_response: ['requested', 'scheduled', 'declined', 'cancelled'],
  postponed: ['scheduled', 'requested', 'cancelled'],
  cancelled: ['identified'],
}

export function allowedTransitions(from: ConversationStatus): readonly ConversationStatus[] {
  return transitions[from]
}

export function canMove(from: ConversationStatus, to: ConversationStatus): boolean {
  return from === to || transitions[from].includes(to)
}

/** How a status reads in a sentence. */
export function statusLabel(status: ConversationStatus): string {
  return status === 'no_response' ? 'no response' : status
}

/**
 * The status before a noun, with its article: "an identified", "a scheduled".
 *
 * @example `${aStatus('identified')} conversation` // 'an identified conversation'
 */
export function aStatus(status: ConversationStatus): string {
  const label = statusLabel(status)
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`
}
