import { etiquetteProblems } from '../rules/etiquette.ts'
import type { TextProblem } from './schema.ts'

/**
 * The etiquette guard over one question: every phrase that asks for a job
 * rather than for insight, with the phrase itself. A flagged question can
 * still be saved; the problems travel with it so every face can show them.
 *
 * @example questionProblems('Are you hiring?')[0]?.text // 'Are you hiring'
 * @example questionProblems('What do you enjoy most about your work?') // []
 */
export function questionProblems(text: string): TextProblem[] {
  return etiquetteProblems(text).map((problem) => ({
    rule: problem.rule,
    message: problem.message,
    start: problem.start,
    end: problem.end,
    text: text.slice(problem.start, problem.end),
  }))
}
