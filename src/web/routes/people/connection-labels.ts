import type { ConnectionKind } from '../../../core/people/schema.ts'

export const connectionLabels: Record<ConnectionKind, string> = {
  alumni: 'Alumni',
  referral: 'Referred by someone',
  linkedin: 'LinkedIn',
  colleague: 'Colleague',
  friend: 'Friend or family',
  event: 'Met at an event',
  cold: 'Cold (no connection yet)',
  other: 'Other',
}
