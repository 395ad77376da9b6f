import type { LintProblem } from './lint-types.ts'
import type { Token } from './words.ts'
import { findFolded, foldText } from './words.ts'

/**
 * The etiquette guard: an informational interview asks for insight, never for
 * a job. It flags text that asks about openings, hiring, jobs, positions,
 * internships, a referral for a job, or a résumé/CV, in any message and in
 * any question.
 *
 * How it decides. The text is folded (lower case, accents removed, curly
 * quotes made straight), so "Résumé", "RESUME" and "resumes" all match. A
 * job word alone is never enough: it has to appear in the shape of an ask —
 * a request addressed to them ("do you have any openings", "could you refer
 * me"), a question whether they or their organization are hiring, the
 * explorer's own search or application ("I'm looking for a job", "should I
 * apply"), or the explorer's own CV ("my résumé", "CV attached"). So these
 * stay clean: "How did you get your first job?", "What positions does a
 * typical career path go through?", "What do hiring managers look for?",
 * "What should a strong CV in this field show?", "Could you refer me to
 * someone else I could talk to?", "Maria referred me to you".
 *
 * Known limits: it reads phrases, not meaning. A job ask in unusual words
 * ("is there room for one more on your team?") passes; a rare innocent
 * phrase can be flagged ("my CV project" in computer vision, "internships at
 * the company" about their own past). Proper names after "refer me to" are
 * treated as people to talk to.
 */

export type EtiquetteCategory = 'hiring' | 'openings' | 'job-ask' | 'referral' | 'resume'

/** One flagged phrase, with its offsets in the original text. */
export interface EtiquetteFlag extends Token {
  category: EtiquetteCategory
  message: string
}

export const etiquetteMessages = {
  hiring:
    'Asking whether they are hiring leaves a bad impression and can backfire: ask for insight, not a job.',
  openings:
    'Asking about openings leaves a bad impression and can backfire: ask for insight, not a job.',
  'job-ask':
    'Asking for a job, an internship or help with an application leaves a bad impression and can backfire: ask for insight, not a job.',
  referral:
    'Asking to be referred for a job leaves a bad impression and can backfire: ask for insight, and who else to talk to.',
  resume:
    'Asking them to read or pass on your résumé is a job request in disguise and can backfire: ask for insight, not a job.',
} as const satisfies Record<EtiquetteCategory, string>

const org =
  '(?:team|company|firm|group|lab|department|organi[sz]ation|office|startup|agency|practice|unit|division|bank|employer|studio)'
const jobNoun =
  '(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|opportunit(?:y|ies)|placements?)'
const qualifier =
  '(?:(?:open|available|current|entry[\\s-]level|junior|graduate|summer|paid|new|full[\\s-]time|part[\\s-]time)\\s+)?'
const determiner = '(?:(?:any|an|a|some|the)\\s+)?'
const them = `(?:you|they|your\\s+(?:\\w+\\s+)?${org}|the\\s+${org})`
const adverb = '(?:(?:currently|still|now|also|actively|maybe|possibly|by\\s+any\\s+chance)\\s+)?'
const notHiringNoun = '(?!\\s+(?:managers?|process|committees?|decisions?|criteria|practices)\\b)'
/** Job nouns for "do you have …": opportunities only as job or internship opportunities. */
const offerNoun =
  '(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|placements?|(?:job|internship|work)\\s+opportunit(?:y|ies))(?!\\s+(?:models?|in|on|of)\\b)'
const applyTarget = `(?=\\s*(?:[?.!,;]|$)|\\s+(?:for|to|at|with)\\s+(?:\\w+\\s+){0,3}?(?:${jobNoun}|${org}|you|your)\\b)`
const peopleToMeet =
  '(?:someone|somebody|anyone|anybody|others?|another|people|a\\s+colleague|colleagues|a\\s+friend|friends|peers?|\\w+\\s+who)'

const rules: ReadonlyArray<{ category: EtiquetteCategory; pattern: RegExp }> = [
  // Hiring: whether they or their organization are hiring.
  {
    category: 'hiring',
    pattern: re(
      `\\b(?:are|is)\\s+(?:${them}|anyone|anybody|someone)\\s+${adverb}hiring\\b${notHiringNoun}`,
    ),
  },
  // "When you are hiring, what do you look for?" is a fair question about their work.
  {
    category: 'hiring',
    pattern: re(
      `(?<!\\b(?:when|while|whenever)\\s+)\\b${them}(?:'re|\\s+are|\\s+is|\\s+might\\s+be|\\s+will\\s+be)\\s+${adverb}hiring\\b${notHiringNoun}`,
    ),
  },
  {
    category: 'hiring',
    pattern: re(
      `\\b(?:who|anyone|anybody|someone|somebody|companies|teams|places|firms)(?:\\s+(?:that|who))?(?:'s|\\s+is|\\s+are|\\s+might\\s+be)\\s+${adverb}hiring\\b${notHiringNoun}`,
    ),
  },
  {
    category: 'hiring',
    pattern:
      /\bhiring\s+(?:interns|juniors?|graduates|new\s+grads|anyone|(?:people|someone)\s+like\s+me)\b/,
  },
  {
    category: 'hiring',
    pattern:
      /\b(?:hire\s+me|consider(?:ing)?\s+me\s+for|keep\s+me\s+in\s+mind|(?:take|bring)\s+me\s+on(?:board)?)\b/,
  },
  // Openings.
  {
    category: 'openings',
    pattern:
      /\b(?:(?:any|open|current|available|upcoming|future|existing|vacant|job)\s+(?:job\s+)?(?:openings?|vacanc(?:y|ies))|job\s+openings?)\b/,
  },
  {
    category: 'openings',
    pattern:
      /\b(?:open|available|vacant|unfilled)\s+(?:jobs?|positions?|roles?|internships?|spots?|seats?|reqs?|headcount)\b/,
  },
  {
    category: 'openings',
    pattern: re(
      `\\b(?:openings?|vacanc(?:y|ies)|internships?)\\s+(?:at|in|on|with)\\s+(?:your|the)\\s+(?:\\w+\\s+)?${org}\\b`,
    ),
  },
  {
    category: 'openings',
    pattern:
      /\b(?:if|when|once)\s+(?:anything|something|a\s+position|a\s+role|an\s+opening|a\s+spot|a\s+job)\s+(?:opens|comes|becomes|frees)\s+(?:up|available)\b/,
  },
  {
    category: 'openings',
    pattern:
      /\bany\s+(?:jobs?|positions?|roles?|internships?)\s+(?:available|open|going|at\s+your|on\s+your|in\s+your|for\s+me)\b/,
  },
  // Asking them for a job, an internship or an interview.
  {
    category: 'job-ask',
    pattern: re(
      `\\b(?:do|does|would|could|can|will|might)\\s+${them}\\s+(?:have|offer|know\\s+of|know\\s+about|hear\\s+of)\\s+${determiner}${qualifier}${offerNoun}`,
    ),
  },
  {
    category: 'job-ask',
    pattern: re(
      `\\b(?:is|are)\\s+there\\s+${determiner}${qualifier}${jobNoun}\\s+(?:for\\s+me|(?:at|in|on|with)\\s+(?:your|the)\\s+(?:\\w+\\s+)?${org}|available|open|going)\\b`,
    ),
  },
  {
    category: 'job-ask',
    pattern: re(`\\b${jobNoun}\\s+for\\s+(?:me|(?:someone|people|candidates)\\s+like\\s+me)\\b`),
  },
  {
    category: 'job-ask',
    pattern: re(
      `\\b(?:(?:get|find|land|secure|give|offer)\\s+me|help\\s+me\\s+(?:to\\s+)?(?:get|find|land|secure))\\s+${determiner}(?:(?!of\\b)\\w+\\s+){0,2}?(?:jobs?|positions?|roles?|internships?|placements?|job\\s+offers?|foot\\s+in\\s+the\\s+door)\\b`,
    ),
  },
  {
    category: 'job-ask',
    pattern: /\b(?:get|land|give|arrange|set\s+up)\s+me\s+(?:an?\s+)?interviews?\b/,
  },
  {
    category: 'job-ask',
    pattern: re(
      `\\b(?:looking\\s+for|seeking|searching\\s+for|hunting\\s+for|in\\s+search\\s+of|on\\s+the\\s+hunt\\s+for)\\s+(?:(?:a|an)\\s+)?${qualifier}(?:jobs?|positions?|roles?|internships?|employment|placements?)\\b`,
    ),
  },
  // Applying counts only when it is the explorer's and aimed at a job or them: "apply these skills" is fine.
  {
    category: 'job-ask',
    pattern: re(
      `\\b(?:(?:should|could|can|may|shall|would|might)\\s+i|i(?:'m|\\s+am|'ve|\\s+have|\\s+will|'ll|'d\\s+like\\s+to|\\s+would\\s+like\\s+to|\\s+plan\\s+to|\\s+want\\s+to|\\s+hope\\s+to)?)\\s+(?:just\\s+|recently\\s+|already\\s+|about\\s+to\\s+)?(?:apply|applying|applied)\\b${applyTarget}`,
    ),
  },
  {
    category: 'job-ask',
    pattern: /\bmy\s+(?:job\s+|internship\s+)?(?:applications?|candidacy|job\s+(?:search|hunt))\b/,
  },
  {
    category: 'job-ask',
    pattern: re(
      `\\b(?:i'd\\s+(?:love|like)|i\\s+would\\s+(?:love|like)|i\\s+(?:want|hope)|i'm\\s+(?:keen|eager|hoping))\\s+to\\s+(?:work|intern|join)\\s+(?:(?:at|for|with|on)\\s+)?(?:you|your\\s+(?:\\w+\\s+)?${org})\\b`,
    ),
  },
  // Referrals for a job (names of people to talk to are welcome).
  {
    category: 'referral',
    pattern: re(
      `\\brefer\\s+me\\s+(?:for|to)\\s+(?:(?:a|an|the|your|this|that)\\s+)?(?:\\w+\\s+)?(?:${jobNoun}|hiring\\s+managers?|recruiters?|hr|${org})\\b`,
    ),
  },
  { category: 'referral', pattern: /\brefer\s+me(?:\s+internally)?(?=\s*(?:[?.!,;]|$)|\s+for\b)/ },
  { category: 'referral', pattern: /\b(?:internal|employee|job|staff)\s+referrals?\b/ },
  {
    category: 'referral',
    pattern: re(
      `\\b(?:give|write|get|put\\s+in|provide|make|need|want|ask\\s+for|asking\\s+for|request|appreciate|use)\\s+(?:me\\s+)?(?:(?:a|an|your)\\s+)?referral\\b(?!\\s+to\\s+${peopleToMeet})`,
    ),
  },
  {
    category: 'referral',
    pattern: re(
      `\\breferrals?\\s+(?:for|to|into)\\s+(?:(?:a|an|the|your)\\s+)?(?:\\w+\\s+)?(?:${jobNoun}|${org})\\b`,
    ),
  },
  { category: 'referral', pattern: /\bput\s+in\s+a\s+(?:good\s+)?word\b|\bvouch\s+for\s+me\b/ },
  {
    category: 'referral',
    pattern:
      /\bpass\s+(?:along\s+|on\s+)?my\s+(?:name|details|profile|application)\b|\brecommend\s+me\s+(?:for|to\s+(?:your|the|a)\s+(?:\w+\s+)?(?:hiring|recruit\w*|hr|manager|boss))\b/,
  },
  // The explorer's résumé or CV.
  {
    category: 'resume',
    pattern:
      /\b(?:my|attached|attaching|enclosed|enclosing)\s+(?:\w+\s+)?(?:resumes?|cvs?|curriculum\s+vitae|cover\s+letters?)\b/,
  },
  { category: 'resume', pattern: /\b(?:resume|cv)\s+(?:is\s+)?(?:attached|enclosed|below)\b/ },
  {
    category: 'resume',
    pattern:
      /\b(?:forward|pass\s+(?:along|on)|circulate|hand|send|share)\s+(?:the|a|this|it)\s+(?:resume|cv)\b/,
  },
]

/**
 * Finds every phrase that asks for a job rather than for insight. Overlapping
 * matches are reported once, as the earliest and longest.
 *
 * @example etiquetteFlags('Are you hiring? I attached my CV.').map((f) => f.text)
 * // ['Are you hiring', 'attached my CV']
 * @example etiquetteFlags('How did you get your first job in this field?') // []
 */
export function etiquetteFlags(text: string): EtiquetteFlag[] {
  const folded = foldText(text)
  const all: EtiquetteFlag[] = rules.flatMap(({ category, pattern }) =>
    findFolded(text, pattern, folded).map((token) => ({
      ...token,
      category,
      message: etiquetteMessages[category],
    })),
  )
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: EtiquetteFlag[] = []
  for (const flag of all) {
    const last = kept.at(-1)
    if (last && flag.start < last.end) continue
    kept.push(flag)
  }
  return kept
}

/**
 * The etiquette guard as lint problems (rule `etiquette`).
 *
 * @example etiquetteProblems('Any openings on your team?')[0]?.rule // 'etiquette'
 */
export function etiquetteProblems(text: string): LintProblem[] {
  return etiquetteFlags(text).map(({ start, end, message }) => ({
    rule: 'etiquette',
    message,
    start,
    end,
  }))
}

/**
 * Whether a text passes the etiquette guard, for question lists.
 *
 * @example isPolite('What do you wish you had known before you started?') // true
 */
export function isPolite(text: string): boolean {
  return etiquetteFlags(text).length === 0
}

function re(source: string): RegExp {
  return new RegExp(source)
}
