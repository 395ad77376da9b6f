import { findFolded, foldText, type Token } from './words.ts'

/**
 * Whether a message asks the person for others to talk to ("who else
 * should I talk to?", "could you introduce me to…", "any names come to
 * mind?"), so the draft editor can show the referral-ask advice beside it.
 * It reads phrases, as the etiquette guard does, on folded text (case and
 * accents ignored): a mention ("Dana referred me to you") is not an ask.
 */

const meet = '(?:talk|speak|chat|reach\\s+out|write|turn|go)\\s+(?:to|with)'
const people = '(?:someone|somebody|anyone|anybody|others?|people|colleagues?|friends?|peers?)'
const patterns: readonly RegExp[] = [
  // "Who else should I talk to?", "who else would you suggest I speak with"
  new RegExp(`\\bwho\\s+else\\b[^.?!\\n]{0,40}?\\b${meet}\\b`),
  new RegExp(`\\bwho\\s+(?:should|could|would|might)\\s+i\\s+(?:also\\s+)?${meet}\\s+next\\b`),
  // "Is there anyone else I should talk to?", "other people you think I should speak with"
  new RegExp(
    `\\b${people}\\s+(?:else\\s+)?(?:(?:that|who|whom)\\s+)?(?:you\\s+(?:think|would\\s+suggest|would\\s+recommend)\\s+)?i\\s+(?:should|could|might|ought\\s+to)\\s+(?:also\\s+)?${meet}\\b`,
  ),
  // "Could you introduce me to…", "put me in touch with…", "refer me to someone else"
  /\b(?:introduce\s+me\s+to|introduction\s+to|put\s+me\s+in\s+touch|connect\s+me\s+with|an\s+introduction\s+if)\b/,
  new RegExp(`\\brefer\\s+me\\s+to\\s+(?:\\w+\\s+)?${people}\\b`),
  // "Who sees it differently and would be worth hearing from?"
  /\bwho\b[^.?!\n]{0,80}?\bworth\s+(?:hearing\s+from|talking\s+to|speaking\s+(?:to|with)|meeting)\b/,
  // "their names", "names that come to mind"
  /\b(?:names?\s+(?:that\s+)?(?:comes?|came)\s+to\s+mind|(?:for|share)\s+(?:their|a\s+few|some)\s+names)\b/,
]

/**
 * The phrases of `text` that ask for referrals, as spans of the original.
 *
 * @example referralAskPhrases('Is there anyone else I should talk to?').map((t) => t.text)
 * // ['anyone else I should talk to']
 */
export function referralAskPhrases(text: string): Token[] {
  const folded = foldText(text)
  return patterns.flatMap((pattern) => findFolded(text, pattern, folded))
}

/**
 * Whether `text` asks for referrals.
 *
 * @example asksForReferrals('Who else should I talk to?') // true
 * @example asksForReferrals('Dana Park referred me to you.') // false
 */
export function asksForReferrals(text: string): boolean {
  return referralAskPhrases(text).length > 0
}
