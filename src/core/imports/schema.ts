import { z } from 'zod'
import { Text } from '../shared/schema.ts'

/** The contact formats an import reads (`--format` and `?format=` take these). */
export const importFormatNames = [
  'linkedin',
  'google',
  'outlook',
  'thunderbird',
  'roundcube',
  'linkedin-contacts',
  'vcard',
  'csv',
] as const
export const ImportFormatName = z.enum(importFormatNames)
export type ImportFormatName = z.infer<typeof ImportFormatName>

/** The fields a CSV column can fill. `email`, `phone`, `website` and `profile` take several columns. */
export const mappingFields = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'organization',
  'title',
  'email',
  'phone',
  'linkedinUrl',
  'website',
  'profile',
  'birthday',
  'notes',
  'tags',
] as const
export type MappingField = (typeof mappingFields)[number]

/**
 * Where a CSV column can go in a column mapping: a field, `details` (kept
 * in the notes under "Imported details", what a column the mapping does not
 * name gets) or `ignore` (left out, and named so in the report).
 */
export const mappingTargets = [...mappingFields, 'details', 'ignore'] as const
export const MappingTarget = z.enum(mappingTargets)
export type MappingTarget = z.infer<typeof MappingTarget>

const severalColumnFields: ReadonlySet<MappingField> = new Set([
  'email',
  'phone',
  'website',
  'profile',
])

/** Fields that hold one value: only one column may go to each. */
export const singleValueFields: ReadonlySet<MappingTarget> = new Set<MappingTarget>(
  mappingFields.filter((field) => !severalColumnFields.has(field)),
)

/**
 * The column-mapping step of a CSV import: each column of the header with
 * the first rows' values under it and where it goes.
 */
export const ImportMapping = z.object({
  needed: z
    .boolean()
    .describe(
      'True: the CSV is in no known layout and came without a mapping, so nothing was read; send `mapping` (the fields below, changed as you like)',
    ),
  remembered: z
    .boolean()
    .describe('The fields are the mapping you gave last time for a file with these columns'),
  columns: z.array(
    z.object({
      name: Text.describe('The column as the header names it'),
      samples: z.array(Text).describe('Its values in the first rows (up to 5), blanks kept'),
      field: MappingTarget.describe(
        'Where it goes: the mapping given, else the one remembered or suggested',
      ),
      suggested: MappingTarget.describe("What the column's name suggests"),
    }),
  ),
  map: Text.describe("The same mapping as `Column=field,…`, what the CLI's --map takes"),
})
export type ImportMapping = z.infer<typeof ImportMapping>

export const rowOutcomes = ['created', 'updated', 'unchanged'] as const

/** What happened to one row (or card) of the file that became a person. */
export const ImportedRow = z.object({
  row: z.number().int().describe('1-based line of the file where the row or card starts'),
  outcome: z.enum(rowOutcomes),
  personId: Text.nullable().describe(
    'The person the row became or was merged into; null for a new person in a dry run',
  ),
  name: Text.describe("The person's name as it is (or will be) stored"),
  organization: Text.nullable(),
  changes: z
    .array(Text)
    .describe('Fields this row filled or added to: firstName, organization, emails, notes…'),
  kept: z
    .array(Text)
    .describe('Fields where the file differs and your value was kept (name, title, organization…)'),
  sameAs: z
    .number()
    .int()
    .nullable()
    .describe('An earlier row of the same file that is the same person (the two were merged)'),
})
export type ImportedRow = z.infer<typeof ImportedRow>

/**
 * The report of one import: every data row is counted once as created,
 * updated, unchanged or skipped (`rows = created + updated + unchanged +
 * skippedCount`). However long the file, the answer lists only the first
 * rows of each kind; the full report (every row, with its warnings) is a
 * CSV download.
 */
export const ImportReport = z.object({
  id: z
    .string()
    .nullable()
    .describe(
      'The import; GET /api/imports/{id}/report.csv has every row. Null when no full report was kept',
    ),
  format: ImportFormatName,
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skippedCount: z.number().int().describe('Rows skipped, all of them'),
  skipped: z
    .array(z.object({ row: z.number().int(), reason: Text }))
    .describe('The first skipped rows (up to the report limit), each with its reason'),
  warnings: z.array(Text).describe('Repaired encodings, damaged characters, odd values'),
  dryRun: z.boolean().describe('True when nothing was written'),
  encoding: Text.describe('How the text was read: utf-8, windows-1252, utf-16le…'),
  columns: z
    .array(
      z.object({
        name: Text.describe('The column or vCard property as the file names it'),
        where: z
          .enum(['notes', 'left out'])
          .describe('notes: kept under "Imported details" in the notes; left out: see why'),
        why: Text.describe('Why it was left out; empty for notes'),
        rows: z.number().int().describe('Rows or cards that had a value in it'),
      }),
    )
    .describe('Every column or property of the file that no field holds, and where it went'),
  organizationsCreated: z.number().int(),
  mapping: ImportMapping.nullable().describe(
    'For a CSV read (or to be read) through a column mapping: its columns and where each goes; else null',
  ),
  people: z
    .array(ImportedRow)
    .describe('The first rows of each outcome (up to the report limit per outcome), in file order'),
  complete: z
    .boolean()
    .describe('True when `people` and `skipped` list every row; else the full report has the rest'),
})
export type ImportReport = z.infer<typeof ImportReport>

/** How far an import is: rows read so far, and bytes of the file read of all (null when unknown). */
export const ImportProgress = z.object({
  rows: z.number().int(),
  done: z.number().int(),
  total: z.number().int().nullable(),
})
export type ImportProgress = z.infer<typeof ImportProgress>

/** Query parameters of `POST /api/imports`. */
export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .describe('true (the default): compute the report and write nothing'),
  format: ImportFormatName.optional().describe(
    'Read the file as this format instead of detecting it',
  ),
  filename: Text.max(255).optional().describe('The file name, to sharpen messages'),
  mapping: Text.max(20000)
    .optional()
    .describe(
      'A column mapping for a CSV, as JSON `{"Column": "field"}` or `Column=field,…` (also a form field of the same name)',
    ),
})
