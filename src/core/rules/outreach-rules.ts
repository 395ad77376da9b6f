import { findDurations } from './durations.ts'
import type { LintOptions, LintProblem, LintRuleName } from './lint-types.ts'
import { findTimeMentions } from './meeting-times.ts'
import type { Span, Token } from './words.ts'
import { countWords, foldText, messageParts, words } from './words.ts'

/**
 * The short-email rules for a first message (and, where they fit, the
 * follow-up). Each is a pure function `(text, options) => problems`; all of
 * them are heuristics over words and phrases, and their limits are written
 * beside them.
 */

/**
 * `word-limit`: fewer than `maxWords` words (PRODUCT.md: "fewer than 75
 * words", so 74 pass and 75 do not), greeting and signature included (so
 * what the explorer sees is what is counted).
 *
 * @example wordLimit('one two three', { maxWords: 3, promisedMinutes: 30 })[0]?.rule // 'word-limit'
 */
export function wordLimit(text: string, options: LintOptions): LintProblem[] {
  const count = countWords(text)
  if (count < options.maxWords) return []
  return [
    whole(
      'word-limit',
      text,
      `${count} words: a first email reads best in fewer than ${options.maxWords} words.`,
    ),
  ]
}

const askVerb =
  /\b(would|could|can|might|will|may)\s+(you|i|we)\b|\b(are|were)\s+you\s+(open|willing|available|up\s+for|free)\b|\bdo\s+you\s+have\b|\bwould\s+it\s+be\b|\bany\s+chance\b|\bis\s+there\s+(a|any)\s+(chance|time)\b|\bhow\s+about\b|\bwould\s+you\s+mind\b/
const askObject =
  /\b(time|minutes?|chat|call|talk|speak|conversation|coffee|advice|insights?|perspective|thoughts|experience|hear|learn|share|questions?|meet|zoom|phone|video)\b/
const statedAsk =
  /\b(i'd|i\s+would|i'm|i\s+am)\s+(love|like|appreciate|grateful|hoping|hope)|\bplease\b|\blet\s+me\s+know\s+if\b/

/**
 * `ask-as-question`: the ask is phrased as a question — a sentence ending in
 * "?" with a request ("would you", "could we", "are you open to") for time,
 * a call, advice or insight. When the ask is there but stated ("I'd love to
 * chat for 20 minutes."), the problem points at that sentence.
 * Limits: an ask in unusual words ("Fancy a coffee?") is not recognised.
 *
 * @example askAsQuestion('Would you have 20 minutes to share your advice?', options) // []
 */
export function askAsQuestion(text: string, _options: LintOptions): LintProblem[] {
  const body = messageParts(text).body
  const isAsk = (s: Token) => {
    const folded = foldText(s.text).folded
    return askObject.test(folded) && (askVerb.test(folded) || statedAsk.test(folded))
  }
  if (body.some((s) => /\?["'”’)]*$/.test(s.text) && isAsk(s))) return []
  const stated = body.find(isAsk)
  const message =
    'Phrase the ask as a question, such as "Would you have 20 minutes to share your advice?"'
  return [stated ? at('ask-as-question', stated, message) : whole('ask-as-question', text, message)]
}

const connectionMarkers =
  /\b(referred|recommended|suggested|introduced|introduction|gave\s+me\s+your|passed\s+(along|on)\s+your|pointed\s+me|mentioned\s+(you|your)|told\s+me\s+about|speaks?\s+(highly|warmly)|fellow|alum|alumna|alumnae|alumni|alumnus|graduated?\s+(of|from)|also\s+(studied|graduated|went|did)|we\s+(both|met|spoke|talked|share)|our\s+(mutual|shared|common)|mutual|in\s+common|through|via|found\s+(you|your)|came\s+across|your\s+(talk|article|post|paper|blog|podcast|interview|presentation|panel|profile|book|newsletter|thesis|course|lecture|work)|i\s+(read|saw|heard|watched|listened|attended)|heard\s+you|linkedin|network|conference|meetup|workshop|member\s+of|same\s+(program|programme|school|university|lab|team|company|class|group|cohort))\b/

/**
 * `connection-first`: the first sentence or two of the body (after the
 * greeting) say how the explorer is connected or how they found the person.
 * It looks for `options.connection` when given, else for connection phrases
 * ("referred", "fellow alum", "found you through", "came across your talk",
 * "I read your article"…). When the connection appears only later, the
 * problem points at it. Limits: any "through" or "via" counts, and a
 * connection described in other words is missed.
 *
 * @example connectionFirst('Hi Ana,\nDana Park suggested I write to you.', options) // []
 */
export function connectionFirst(text: string, options: LintOptions): LintProblem[] {
  const body = messageParts(text).body
  const connection = options.connection ? foldText(options.connection.trim()).folded : ''
  const mentions = (s: Token) => {
    const folded = foldText(s.text).folded
    return (connection !== '' && folded.includes(connection)) || connectionMarkers.test(folded)
  }
  if (body.slice(0, 2).some(mentions)) return []
  const later = body.slice(2).find(mentions)
  if (later) {
    return [
      at('connection-first', later, 'Say how you are connected first: open the email with this.'),
    ]
  }
  return [
    whole(
      'connection-first',
      text,
      'Open with your connection or how you found them (who referred you, a shared school, their talk).',
    ),
  ]
}

const secondPerson = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  "you're",
  "you've",
  "you'd",
  "you'll",
])
const firstPerson = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"])

/**
 * `about-them`: more than half of the email should be about them. Measured
 * by pronouns: words addressing them (you, your, you're…) must outnumber
 * words about the explorer (I, me, my, I'm…). Limits: "we", "us" and names
 * count for neither side; the ratio says nothing about content.
 *
 * @example aboutThem('Your work on pricing is what I hope to learn about from you.', options) // []
 */
export function aboutThem(text: string, _options: LintOptions): LintProblem[] {
  let them = 0
  let me = 0
  for (const word of words(text)) {
    const folded = foldText(word.text).folded
    if (secondPerson.has(folded)) them++
    else if (firstPerson.has(folded)) me++
  }
  if (them > me || them + me === 0) return []
  return [
    whole(
      'about-them',
      text,
      `${me} words about you (I, me, my) and ${them} about them (you, your): make more of it about them.`,
    ),
  ]
}

const aboutMeeting =
  /\b(chat|call|talk|speak|conversation|coffee|meet|meeting|zoom|teams|phone|video|time|questions?)\b|\?\s*$/

/**
 * `short-conversation`: the ask names a length no longer than
 * `promisedMinutes` ("20 minutes", "15-20 min", "half an hour" = 30); a
 * longer one ("an hour") is flagged where it is written. Only lengths in
 * sentences about meeting (chat, call, talk, time…) or in questions count,
 * so "I spent an hour reading your blog" is ignored. Limits: "a few
 * minutes" names no length and does not count.
 *
 * @example shortConversation('Would you have 20 minutes for a call?', { maxWords: 75, promisedMinutes: 30 }) // []
 */
export function shortConversation(text: string, options: LintOptions): LintProblem[] {
  const body = messageParts(text).body
  const relevant = body.filter((s) => aboutMeeting.test(foldText(s.text).folded))
  const durations = findDurations(text).filter((d) =>
    relevant.some((s) => d.start >= s.start && d.end <= s.end),
  )
  const tooLong = durations.filter((d) => d.minutes > options.promisedMinutes)
  if (tooLong.length > 0) {
    return tooLong.map((d) =>
      at(
        'short-conversation',
        d,
        `"${d.text}" is longer than the ${options.promisedMinutes} minutes a first conversation should ask for.`,
      ),
    )
  }
  if (durations.length > 0) return []
  return [
    whole(
      'short-conversation',
      text,
      `Ask for a short conversation and say how long, such as ${Math.min(20, options.promisedMinutes)} minutes (at most ${options.promisedMinutes}).`,
    ),
  ]
}

/**
 * `no-proposed-times`: a first email does not propose days, dates or clock
 * times ("Tuesday at 3pm", "March 14", "tomorrow"): they choose when. Each
 * mention is flagged. Limits: vague timing ("next week", "in the coming
 * weeks") is allowed on purpose; a weekday mentioned for another reason
 * ("your talk on Monday") is flagged too.
 *
 * @example noProposedTimes('Would Tuesday at 3pm work?', options).length // 2
 */
export function noProposedTimes(text: string, _options: LintOptions): LintProblem[] {
  const body = messageParts(text).body
  return findTimeMentions(text)
    .filter((t) => body.some((s) => t.start >= s.start && t.end <= s.end))
    .map((t) =>
      at(
        'no-proposed-times',
        t,
        `Leave the time to them: do not propose "${t.text}" in a first email.`,
      ),
    )
}

/** A problem about the whole text. */
export function whole(rule: LintRuleName, text: string, message: string): LintProblem {
  return { rule, message, start: 0, end: text.length }
}

/** A problem about one span of the text. */
export function at(rule: LintRuleName, span: Span, message: string): LintProblem {
  return { rule, message, start: span.start, end: span.end }
}
