/**
 * The shapes shared by the message lint, its rules and the etiquette guard.
 */

/** Every kind of text coffeechat checks. */
export const messageKinds = [
  'outreach',
  'follow-up',
  'thank-you',
  'confirmation',
  'check-in',
  'progress-update',
  'question',
] as const
export type MessageKind = (typeof messageKinds)[number]

/** The names of the rules, stable for the API, the CLI's `--json` and the web editor. */
export const lintRuleNames = [
  'word-limit',
  'ask-as-question',
  'connection-first',
  'about-them',
  'short-conversation',
  'no-proposed-times',
  'says-thanks',
  'specific-takeaway',
  'next-step',
  'states-when',
  'etiquette',
  'unfilled-variable',
] as const
export type LintRuleName = (typeof lintRuleNames)[number]

/** One problem: which rule, a one-line explanation, and where (character offsets, end exclusive). */
export interface LintProblem {
  rule: LintRuleName
  message: string
  start: number
  end: number
}

export interface LintOptions {
  /** A first email has fewer than this many words (`outreachMaxWords`, 75: at most 74). */
  maxWords: number
  /** Longest conversation a first email may ask for (`conversationMinutes`, 30). */
  promisedMinutes: number
  /** How the explorer is connected to the person ("Dana Park", "the TU Berlin alumni network"). */
  connection?: string
  /** The takeaway a thank-you should name, from the meeting notes. */
  takeaway?: string
  /** What the explorer will do with it. */
  nextStep?: string
}

export interface LintResult {
  words: number
  problems: LintProblem[]
}

/** A rule: a pure function of the text and the options. */
export type LintRule = (text: string, options: LintOptions) => LintProblem[]
