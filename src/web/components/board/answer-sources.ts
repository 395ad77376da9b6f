import type { BoardAnswer } from '../../../core/insights/schema.ts'

/** Where an answer on the board came from, when not from the meeting's own answer box. */
export const fromLabels: Record<BoardAnswer['from'], string | null> = {
  answer: null,
  dayToDay: 'from the reflection',
  training: 'from the reflection',
  pros: 'likes',
  cons: 'dislikes',
  pay: 'pay heard',
}
