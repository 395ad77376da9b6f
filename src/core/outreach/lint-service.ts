import type { Ctx } from '../context.ts'
import { lintMessage, lintOptionsFromSettings, lintSubject } from '../rules/email-lint.ts'
import { getSettings } from '../settings/service.ts'
import { parseInput } from '../validate.ts'
import { LintInput, type LintResult } from './schema.ts'

/**
 * Lints a text with the explorer's settings (word limit, promised minutes):
 * the web editor's live lint and `coffeechat lint`.
 *
 * @example await lintText(ctx, { text: 'Are you hiring?', kind: 'question' })
 * // { words: 3, problems: [{ rule: 'etiquette', start: 0, end: 14, … }] }
 */
export async function lintText(
  ctx: Ctx,
  input: unknown,
): Promise<LintResult & { subject?: LintResult }> {
  const data = parseInput(LintInput, input)
  const settings = await getSettings(ctx)
  const result = lintMessage(data.text, data.kind, {
    ...lintOptionsFromSettings(settings),
    ...(data.connection ? { connection: data.connection } : {}),
    ...(data.takeaway ? { takeaway: data.takeaway } : {}),
    ...(data.nextStep ? { nextStep: data.nextStep } : {}),
  })
  return data.subject === undefined ? result : { ...result, subject: lintSubject(data.subject) }
}
