import type { Settings } from '../settings/schema.ts'
import { statesWhen } from './confirmation-rules.ts'
import { etiquetteProblems } from './etiquette.ts'
import type {
  LintOptions,
  LintProblem,
  LintResult,
  LintRule,
  LintRuleName,
  MessageKind,
} from './lint-types.ts'
import {
  aboutThem,
  askAsQuestion,
  connectionFirst,
  noProposedTimes,
  shortConversation,
  wordLimit,
} from './outreach-rules.ts'
import { nextStep, saysThanks, specificTakeaway } from './thank-you-rules.ts'
import { unfilledVariable } from './unfilled-variables.ts'
import { countWords } from './words.ts'

// The types and names of lint-types.ts are this module's too.
export * from './lint-types.ts'

/** Every rule by its name. */
export const lintRules = {
  'word-limit': wordLimit,
  'ask-as-question': askAsQuestion,
  'connection-first': connectionFirst,
  'about-them': aboutThem,
  'short-conversation': shortConversation,
  'no-proposed-times': noProposedTimes,
  'says-thanks': saysThanks,
  'specific-takeaway': specificTakeaway,
  'next-step': nextStep,
  'states-when': statesWhen,
  etiquette: (text) => etiquetteProblems(text),
  'unfilled-variable': (text) => unfilledVariable(text),
} as const satisfies Record<LintRuleName, LintRule>

/**
 * Which rules check which kind of text. The etiquette guard checks every
 * kind; an unfilled `{variable}` is a problem in every message (a question
 * is not one). A follow-up repeats the ask (short, a question, a short
 * conversation) but needs no connection first; only a first email must not
 * propose times.
 */
export const rulesByKind = {
  outreach: [
    'word-limit',
    'connection-first',
    'ask-as-question',
    'about-them',
    'short-conversation',
    'no-proposed-times',
    'etiquette',
    'unfilled-variable',
  ],
  'follow-up': [
    'word-limit',
    'ask-as-question',
    'short-conversation',
    'etiquette',
    'unfilled-variable',
  ],
  'thank-you': ['says-thanks', 'specific-takeaway', 'next-step', 'etiquette', 'unfilled-variable'],
  confirmation: ['states-when', 'etiquette', 'unfilled-variable'],
  'check-in': ['etiquette', 'unfilled-variable'],
  'progress-update': ['etiquette', 'unfilled-variable'],
  question: ['etiquette'],
} as const satisfies Record<MessageKind, readonly LintRuleName[]>

/**
 * Checks a message (or a question) against the rules for its kind. Problems
 * come in text order; whole-text problems span 0..text.length. `words` is
 * the count the word limit uses.
 *
 * @example
 * lintMessage('Could we talk for an hour?', 'follow-up', { maxWords: 75, promisedMinutes: 30 })
 * // { words: 6, problems: [{ rule: 'short-conversation', start: 18, end: 25,
 * //   message: '"an hour" is longer than the 30 minutes a first conversation should ask for.' }] }
 */
export function lintMessage(text: string, kind: MessageKind, options: LintOptions): LintResult {
  const problems = rulesByKind[kind].flatMap((name) => lintRules[name](text, options))
  problems.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))
  return { words: countWords(text), problems }
}

/**
 * Checks a subject line: the etiquette guard ("Job openings at Acme?" is as
 * bad in a subject as in the body) and unfilled `{variables}`.
 *
 * @example lintSubject('Your path into pricing').problems // []
 */
export function lintSubject(subject: string): LintResult {
  const problems = [...etiquetteProblems(subject), ...unfilledVariable(subject)]
  problems.sort((a, b) => a.start - b.start || a.end - b.end)
  return { words: countWords(subject), problems }
}

/**
 * The lint options that come from the settings.
 *
 * @example lintOptionsFromSettings(defaultSettings) // { maxWords: 75, promisedMinutes: 30 }
 */
export function lintOptionsFromSettings(
  settings: Pick<Settings, 'outreachMaxWords' | 'conversationMinutes'>,
): LintOptions {
  return { maxWords: settings.outreachMaxWords, promisedMinutes: settings.conversationMinutes }
}

/** Problems as one line each, `rule (start-end): message`, for logs and the CLI's plain output. */
export function formatProblems(text: string, problems: readonly LintProblem[]): string[] {
  return problems.map((p) => {
    const excerpt = p.end - p.start < text.length ? ` "${text.slice(p.start, p.end)}"` : ''
    return `${p.rule} (${p.start}-${p.end})${excerpt}: ${p.message}`
  })
}
