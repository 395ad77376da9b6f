import { z } from 'zod'
import { ValidationError } from '../errors.ts'
import { toFieldIssues } from '../validate.ts'

const megabyte = 1024 * 1024
const whole = (min: number, max: number) => z.number().int().min(min).max(max)

/**
 * What one server lets an import take. These are the operator's settings,
 * not an explorer's (an account must not be able to raise them), so they
 * come from the environment at start and are the same for every account.
 */
export const ImportLimits = z.object({
  uploadBytes: whole(1024, 1024 * megabyte).describe(
    'Largest file an upload may be (COFFEECHAT_IMPORT_MAX_UPLOAD_MB)',
  ),
  textBytes: whole(1024, 4096 * megabyte).describe(
    'Most text a file may hold once unzipped or decoded (COFFEECHAT_IMPORT_MAX_TEXT_MB)',
  ),
  rows: whole(1, 10_000_000).describe(
    'Most rows (or vCards) one import reads (COFFEECHAT_IMPORT_MAX_ROWS)',
  ),
  perAccount: whole(1, 100).describe(
    'Imports one account may run at the same time (COFFEECHAT_IMPORTS_PER_ACCOUNT)',
  ),
  perServer: whole(1, 100).describe(
    'Imports one server runs at the same time, all accounts together (COFFEECHAT_IMPORTS_PER_SERVER)',
  ),
  reportRows: whole(1, 100_000).describe(
    'Rows of each kind (added, updated, unchanged, skipped) an answer lists; the full report is a download (COFFEECHAT_IMPORT_REPORT_ROWS)',
  ),
})
export type ImportLimits = z.infer<typeof ImportLimits>

/**
 * The defaults: a LinkedIn export of 30,000 connections is ~5 MB of text
 * (~1 MB zipped), Google Contacts stops at 25,000 contacts, so each limit
 * leaves a real file room and stops a ZIP bomb long before it hurts.
 */
export const defaultImportLimits: ImportLimits = {
  uploadBytes: 20 * megabyte,
  textBytes: 100 * megabyte,
  rows: 100_000,
  perAccount: 1,
  perServer: 2,
  reportRows: 100,
}

const variables = {
  uploadBytes: 'COFFEECHAT_IMPORT_MAX_UPLOAD_MB',
  textBytes: 'COFFEECHAT_IMPORT_MAX_TEXT_MB',
  rows: 'COFFEECHAT_IMPORT_MAX_ROWS',
  perAccount: 'COFFEECHAT_IMPORTS_PER_ACCOUNT',
  perServer: 'COFFEECHAT_IMPORTS_PER_SERVER',
  reportRows: 'COFFEECHAT_IMPORT_REPORT_ROWS',
} as const satisfies Record<keyof ImportLimits, string>

/**
 * The import limits from the environment, each variable over its default;
 * sizes are given in megabytes. A value that is not a whole number in range
 * is refused at start with the variable's name.
 *
 * @example importLimitsFromEnv({ COFFEECHAT_IMPORT_MAX_ROWS: '300000' }).rows // 300000
 */
export function importLimitsFromEnv(env: Record<string, string | undefined>): ImportLimits {
  const values: Record<string, number> = {}
  for (const [key, name] of Object.entries(variables)) {
    const text = env[name]?.trim()
    if (!text) continue
    const isSize = key === 'uploadBytes' || key === 'textBytes'
    values[key] = isSize ? Math.round(Number(text) * megabyte) : Number(text)
  }
  const result = ImportLimits.safeParse({ ...defaultImportLimits, ...values })
  if (result.success) return result.data
  const issues = toFieldIssues(result.error.issues).map((issue) => ({
    path: variables[issue.path as keyof ImportLimits] ?? issue.path,
    message: issue.message,
  }))
  throw new ValidationError(issues)
}

/**
 * A size for a sentence: whole megabytes when it is one.
 *
 * @example sizeInWords(20 * 1024 * 1024) // '20 MB'
 */
export function sizeInWords(bytes: number): string {
  const mb = bytes / megabyte
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}
