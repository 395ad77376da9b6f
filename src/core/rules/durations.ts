import type { Token } from './words.ts'
import { findFolded, foldText } from './words.ts'

/**
 * Lengths of time written in a message ("20 minutes", "15-20 min",
 * "half an hour", "an hour"), for the rule that a first email asks for a
 * short conversation.
 */

/** A length of time found in a text, in minutes (the longer end of a range). */
export interface Duration extends Token {
  minutes: number
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  'twenty five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
}

const wordNumber = Object.keys(numberWords)
  .sort((a, b) => b.length - a.length)
  .join('|')
const amount = `(\\d{1,3}|${wordNumber})`
const range = `${amount}(?:\\s*(?:-|to|or)\\s*${amount})?`

/** Longest patterns first: "half an hour" must win over "an hour". */
const patterns: ReadonlyArray<{ pattern: RegExp; minutes: (m: RegExpMatchArray) => number }> = [
  { pattern: /\b(an|one) hour and a half\b|\bone and a half hours?\b|\b90 min/, minutes: () => 90 },
  { pattern: /\b(half an hour|half-hour|half hour)\b/, minutes: () => 30 },
  { pattern: /\b(a )?quarter(-| of an )hour\b/, minutes: () => 15 },
  {
    pattern: new RegExp(`\\b${range}[\\s-]*(?:minutes?|mins?)\\b`),
    minutes: (m) => Math.max(toNumber(m[1]), toNumber(m[2])),
  },
  {
    pattern: new RegExp(`\\b${range}[\\s-]*(?:hours?|hrs?|h)\\b`),
    minutes: (m) => 60 * Math.max(toNumber(m[1]), toNumber(m[2])),
  },
  { pattern: /\b(a couple of|a few|several) hours\b/, minutes: () => 120 },
  { pattern: /\b(an|a full|a whole|the whole|a single) hour\b|\bhour-long\b/, minutes: () => 60 },
]

/**
 * Every length of time in a text, left to right, in minutes.
 *
 * @example findDurations('Would you have 15-20 minutes, or half an hour?').map((d) => d.minutes) // [20, 30]
 * @example findDurations('an hour-long call').map((d) => d.minutes) // [60]
 */
export function findDurations(text: string): Duration[] {
  const folded = foldText(text)
  const found: Duration[] = []
  for (const { pattern, minutes } of patterns) {
    for (const token of findFolded(text, pattern, folded)) {
      if (found.some((d) => token.start < d.end && d.start < token.end)) continue
      const match = foldText(token.text).folded.match(pattern)
      if (match) found.push({ ...token, minutes: minutes(match) })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function toNumber(text: string | undefined): number {
  if (text === undefined) return 0
  return numberWords[text.replace(/\s+/g, ' ')] ?? Number(text)
}
