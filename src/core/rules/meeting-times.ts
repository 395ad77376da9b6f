import type { Token } from './words.ts'
import { findFolded, foldText } from './words.ts'

/**
 * Days, dates and clock times written in a message: a first email should not
 * propose them (let them choose), and a confirmation should state them.
 */

export type TimeMentionKind = 'weekday' | 'relative-day' | 'date' | 'clock-time'

export interface TimeMention extends Token {
  kind: TimeMentionKind
}

const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec'
const ordinal = '(?:st|nd|rd|th)?'

const patterns: ReadonlyArray<{ kind: TimeMentionKind; pattern: RegExp }> = [
  { kind: 'weekday', pattern: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/ },
  // Abbreviations only before a date or time: "Sun" and "Sat" are ordinary words too.
  {
    kind: 'weekday',
    pattern: /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?(?=\s+(\d|at\s+\d))/,
  },
  { kind: 'relative-day', pattern: /\b(tomorrow|tonight|this (morning|afternoon|evening))\b/ },
  {
    kind: 'date',
    pattern: new RegExp(`\\b([12]?\\d|3[01])${ordinal}(\\s+of)?\\s+(${months})\\b\\.?`),
  },
  // The day must end at a word boundary, so "May 2026" (a month) is not a date.
  { kind: 'date', pattern: new RegExp(`\\b(${months})\\.?\\s+([12]?\\d|3[01])${ordinal}\\b`) },
  { kind: 'date', pattern: new RegExp(`\\bon\\s+the\\s+([12]?\\d|3[01])${ordinal}\\b`) },
  { kind: 'date', pattern: /\b\d{4}-\d{2}-\d{2}\b/ },
  { kind: 'date', pattern: /\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|[12]\d|3[01])(\/\d{2,4})?\b/ },
  { kind: 'date', pattern: /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{2,4})?(?!\d)/ },
  { kind: 'clock-time', pattern: /\b(1[0-2]|0?[1-9])(:[0-5]\d)?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/ },
  { kind: 'clock-time', pattern: /\b([01]?\d|2[0-3]):[0-5]\d\b/ },
  { kind: 'clock-time', pattern: /\b(at|around|by|before|after)\s+(noon|midday)\b/ },
  { kind: 'clock-time', pattern: /\b\w+\s+o'clock\b/ },
]

/** Common phrases that look like dates but are not. */
const notDates = /^(24\/7|9\/11|50\/50)$/

/**
 * Every weekday, relative day ("tomorrow"), date and clock time in a text.
 *
 * @example findTimeMentions('Would Tuesday at 3pm work?').map((t) => t.kind) // ['weekday', 'clock-time']
 * @example findTimeMentions('I read your May 2025 post').length // 0
 */
export function findTimeMentions(text: string): TimeMention[] {
  const folded = foldText(text)
  const found: TimeMention[] = []
  for (const { kind, pattern } of patterns) {
    for (const token of findFolded(text, pattern, folded)) {
      if (notDates.test(token.text)) continue
      if (found.some((t) => token.start < t.end && t.start < token.end)) continue
      found.push({ ...token, kind })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
