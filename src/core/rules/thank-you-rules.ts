import type { LintOptions, LintProblem } from './lint-types.ts'
import { whole } from './outreach-rules.ts'
import { foldText, messageParts, words } from './words.ts'

/**
 * Rules for the thank-you: it says thanks, names one specific takeaway and
 * what the explorer will do with it. Heuristics over phrases, with their
 * limits written beside them.
 */

/**
 * `says-thanks`: a thank-you says thank you (thanks, grateful, appreciate).
 *
 * @example saysThanks('Thank you for your time today.', options) // []
 */
export function saysThanks(text: string, _options: LintOptions): LintProblem[] {
  if (/\b(thank|thanks|thankful|grateful|gratitude|appreciate|appreciated)\b/.test(fold(text))) {
    return []
  }
  return [whole('says-thanks', text, 'Say thank you: they gave you their time.')]
}

const takeawayMarkers =
  /\b((your|the|that)\s+(advice|point|tip|suggestion|idea|story|insight|comment|remark|explanation|description|recommendation|example|perspective|warning|question)\s+(about|on|to|that|of|regarding)|you\s+(mentioned|said|suggested|explained|described|pointed\s+out|recommended|told\s+me|shared|noted|showed)|i\s+(learned|learnt|realized|realised|hadn't|had\s+not|didn't\s+know|never\s+knew|now\s+see|now\s+understand)|stuck\s+with\s+me|struck\s+me|eye-opening|takeaway|hearing\s+(about|how|that|you)|especially|particularly|in\s+particular)\b/

/**
 * `specific-takeaway`: a thank-you names one specific thing learned. With
 * `options.takeaway` (from the notes) most of its significant words must
 * appear; without it, a phrase that introduces something specific must
 * ("your point about…", "you mentioned…", "I learned…", "stuck with me").
 * Limits: the phrase test cannot tell a specific takeaway from a vague one
 * that uses the same words.
 *
 * @example specificTakeaway('Your point about pricing models stuck with me.', options) // []
 */
export function specificTakeaway(text: string, options: LintOptions): LintProblem[] {
  const found = options.takeaway?.trim()
    ? mostWordsPresent(text, options.takeaway)
    : takeawayMarkers.test(fold(body(text)))
  if (found) return []
  const hint = options.takeaway?.trim()
    ? ` from your notes, such as "${options.takeaway.trim()}"`
    : ''
  return [
    whole(
      'specific-takeaway',
      text,
      `Name one specific thing you learned${hint}: it shows you listened.`,
    ),
  ]
}

const nextStepMarkers =
  /\b(i\s+will|i'll|i\s+am\s+going\s+to|i'm\s+going\s+to|i\s+plan\s+to|i'm\s+planning\s+to|i\s+am\s+planning\s+to|i\s+intend\s+to|i\s+mean\s+to|my\s+next\s+step|next\s+step|next,\s+i|this\s+week\s+i|i'm\s+now|i\s+am\s+now|i('ve|\s+have)\s+(already\s+)?(started|signed\s+up|booked|begun|reached\s+out|written|enrolled|registered|ordered|joined|set\s+up))\b/

/**
 * `next-step`: a thank-you says what the explorer will do with what they
 * learned ("I will…", "I'm going to…", "my next step…", "I've already
 * signed up…"), or contains `options.nextStep`. Limits: any "I will" counts,
 * even "I will remember this".
 *
 * @example nextStep('I will sign up for the course this week.', options) // []
 */
export function nextStep(text: string, options: LintOptions): LintProblem[] {
  if (options.nextStep?.trim() && mostWordsPresent(text, options.nextStep)) return []
  if (nextStepMarkers.test(fold(body(text)))) return []
  return [
    whole(
      'next-step',
      text,
      'Say what you will do with it, such as "I will sign up for the course you mentioned."',
    ),
  ]
}

const stopWords = new Set([
  'about',
  'after',
  'also',
  'before',
  'from',
  'have',
  'into',
  'more',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'what',
  'when',
  'which',
  'will',
  'with',
  'would',
  'your',
])

/** Whether at least 60% of the significant words of `phrase` occur in `text`. */
function mostWordsPresent(text: string, phrase: string): boolean {
  const present = new Set(words(text).map((w) => stem(fold(w.text))))
  const wanted = words(phrase)
    .map((w) => fold(w.text))
    .filter((w) => w.length >= 4 && !stopWords.has(w))
    .map(stem)
  if (wanted.length === 0) return fold(text).includes(fold(phrase).trim())
  const hits = wanted.filter((w) => present.has(w)).length
  return hits / wanted.length >= 0.6
}

/** A crude stem so "models" meets "model" and "pricing" meets "prices". */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '').slice(0, 6)
}

function fold(text: string): string {
  return foldText(text).folded
}

function body(text: string): string {
  return messageParts(text)
    .body.map((s) => s.text)
    .join(' ')
}
