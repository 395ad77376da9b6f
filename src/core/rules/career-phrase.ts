/**
 * A career's name as a person writes it in a sentence. Careers are usually
 * named as roles ("Data scientist"), but the messages speak of the field:
 * "your path into data science", "your advice on management consulting".
 * Limits: only the role words below are turned into their field; any other
 * name is only lower-cased, and a proper noun that opens a Title Case name
 * ("Google Cloud Architect") cannot be told from a capitalised word — the
 * explorer edits the draft then.
 */

/** The field of work of a role word; `''` drops a word that names no field ("specialist"). */
const fieldOfRole: Record<string, string> = {
  accountant: 'accounting',
  actuary: 'actuarial work',
  analyst: 'analysis',
  architect: 'architecture',
  banker: 'banking',
  biologist: 'biology',
  chemist: 'chemistry',
  consultant: 'consulting',
  designer: 'design',
  developer: 'development',
  economist: 'economics',
  engineer: 'engineering',
  journalist: 'journalism',
  lawyer: 'law',
  manager: 'management',
  marketer: 'marketing',
  nurse: 'nursing',
  physicist: 'physics',
  programmer: 'programming',
  psychologist: 'psychology',
  researcher: 'research',
  scientist: 'science',
  statistician: 'statistics',
  strategist: 'strategy',
  teacher: 'teaching',
  trader: 'trading',
  writer: 'writing',
  expert: '',
  professional: '',
  specialist: '',
}

/** A word written with a capital and lower case only: "Data", not "ML", "R&D" or "iOS". */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*$/u.test(word)
}

/**
 * The career as it reads mid-sentence: the field of a role, lower case
 * unless an acronym or a proper noun.
 *
 * @example careerInSentence('Data scientist') // 'data science'
 * @example careerInSentence('ML in healthcare') // 'ML in healthcare'
 */
export function careerInSentence(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  // Title Case ("Data Scientist"): every word capitalised is style, not names.
  const titleCase = words.length > 1 && words.every((w) => isCapitalised(w) || isSmallWord(w))
  const lowered = words.map((word, index) =>
    isCapitalised(word) && (titleCase || index === 0) ? word.toLowerCase() : word,
  )
  const last = lowered.at(-1) ?? ''
  const field =
    isCapitalised(last) || last === last.toLowerCase() ? fieldOfRole[last.toLowerCase()] : undefined
  if (field === undefined) return lowered.join(' ')
  const rest = lowered.slice(0, -1)
  if (field === '') return rest.length > 0 ? rest.join(' ') : last
  return [...rest, field].join(' ')
}

function isSmallWord(word: string): boolean {
  return ['and', 'in', 'of', 'for', 'the', '&'].includes(word)
}
