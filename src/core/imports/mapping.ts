import { createHash } from 'node:crypto'
import { mapText, suggestMapping, suggestTarget } from '../../formats/column-mapping.ts'
import type { MappingPreview } from '../../formats/import.ts'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'
import { Text } from '../shared/schema.ts'
import { selectImportMapping, upsertImportMapping } from './repo.ts'
import { type ImportMapping, type MappingTarget, mappingTargets } from './schema.ts'

/** Most columns a mapping may name, and the longest column name. */
const maxColumns = 500
const maxName = 500

/**
 * A column mapping as the explorer sends it — an object, its JSON, or the
 * CLI's `Column=field,Column=field` (the last `=` of each pair splits it, so
 * a column name may hold `=` but not `,`; `--map-file` takes any name) —
 * as a plain object, or undefined when none was given. Which columns and
 * fields fit the file is checked once its header is read (`checkMapping`).
 *
 * @example mappingOption('E-mail=email,Firma=organization') // { 'E-mail': 'email', Firma: 'organization' }
 * @example mappingOption('{"E-mail":"email"}') // { 'E-mail': 'email' }
 */
export function mappingOption(
  value: unknown,
  path = 'mapping',
): Record<string, string> | undefined {
  if (value === undefined || value === null || value === '') return undefined
  let entries: Array<[string, unknown]>
  if (typeof value === 'string') {
    const text = value.trim()
    if (text.startsWith('{')) {
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        throw invalid(path, 'is not valid JSON; give {"Column": "field", …} or Column=field,…')
      }
      return mappingOption(parsed, path)
    }
    entries = text
      .split(',')
      .filter((pair) => pair.trim() !== '')
      .map((pair) => {
        const at = pair.lastIndexOf('=')
        if (at <= 0) {
          throw invalid(
            path,
            `"${pair.trim()}" has no "=field"; write Column=field pairs joined by commas`,
          )
        }
        return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
      })
  } else if (typeof value === 'object' && !Array.isArray(value)) {
    const columns = (value as { columns?: unknown }).columns
    // The `mapping` of a report, as `--json` prints it: its columns and fields.
    entries = Array.isArray(columns)
      ? columns.map((c: { name?: unknown; field?: unknown }) => [String(c?.name ?? ''), c?.field])
      : Object.entries(value)
  } else {
    throw invalid(path, 'must be an object of column names to fields, {"Column": "field", …}')
  }
  if (entries.length > maxColumns) throw invalid(path, `names more than ${maxColumns} columns`)
  const mapping: Record<string, string> = {}
  for (const [column, target] of entries) {
    const name = column.trim()
    if (typeof target !== 'string') {
      throw invalid(`${path}.${name}`, `must be a field name (one of ${mappingTargets.join(', ')})`)
    }
    if (!name || name.length > maxName || !Text.safeParse(name).success) {
      throw invalid(
        path,
        `"${name.slice(0, 40)}" is no column name (empty, too long or holding a character that cannot be stored)`,
      )
    }
    if (!Text.safeParse(target).success)
      throw invalid(`${path}.${name}`, 'holds a character that cannot be stored')
    if (name in mapping && mapping[name] !== target) {
      throw invalid(`${path}.${name}`, `"${name}" is named twice (${mapping[name]} and ${target})`)
    }
    mapping[name] = target
  }
  return mapping
}

/**
 * What identifies a header set: the sha256 of its column names in lower
 * case, trimmed, unique and sorted — the same columns in any order or case
 * find the same remembered mapping.
 *
 * @example headerKey(['Name', 'Mail']) === headerKey(['mail', 'NAME']) // true
 */
export function headerKey(header: readonly string[]): string {
  const names = [...new Set(header.map((h) => h.trim().toLowerCase()).filter(Boolean))].sort()
  return createHash('sha256').update(JSON.stringify(names)).digest('hex')
}

/**
 * The mapping the explorer gave last time for a file with this header, with
 * the header's own spelling, or null.
 *
 * @example await rememberedMapping(ctx, ['Name', 'Mail']) // { Name: 'name', Mail: 'email' }
 */
export async function rememberedMapping(
  ctx: Ctx,
  header: readonly string[],
): Promise<Record<string, MappingTarget> | null> {
  const stored = await selectImportMapping(ctx, headerKey(header))
  if (stored === null) return null
  const saved = JSON.parse(stored) as Record<string, string>
  const byName = new Map(Object.entries(saved).map(([k, v]) => [k.toLowerCase(), v]))
  const mapping: Record<string, MappingTarget> = {}
  for (const name of header) {
    const target = byName.get(name.toLowerCase())
    if (target && (mappingTargets as readonly string[]).includes(target) && !(name in mapping)) {
      mapping[name] = target as MappingTarget
    }
  }
  return mapping
}

/**
 * Remembers a mapping for the header it was given for: every column of the
 * header, those the mapping does not name as `details`.
 *
 * @example await rememberMapping(ctx, ['Name', 'Mail'], { Mail: 'email' })
 */
export async function rememberMapping(
  ctx: Ctx,
  header: readonly string[],
  mapping: Readonly<Record<string, string>>,
): Promise<void> {
  await upsertImportMapping(ctx, {
    header_key: headerKey(header),
    header: JSON.stringify(header),
    mapping: JSON.stringify(completeMapping(header, mapping)),
  })
}

/** The mapping for every column of the header: the given target (matched case-insensitively), else `details`. */
function completeMapping(
  header: readonly string[],
  mapping: Readonly<Record<string, string>>,
): Record<string, MappingTarget> {
  const byName = new Map(Object.entries(mapping).map(([k, v]) => [k.trim().toLowerCase(), v]))
  const complete: Record<string, MappingTarget> = {}
  for (const name of header) {
    if (name in complete) continue
    const target = byName.get(name.toLowerCase())
    complete[name] =
      target && (mappingTargets as readonly string[]).includes(target)
        ? (target as MappingTarget)
        : 'details'
  }
  return complete
}

/**
 * The mapping step of the report: each column with its first values and
 * where it goes — the mapping given, else the remembered one, else the
 * suggestions.
 *
 * @example mappingReport(preview, undefined, null).map // 'Vorname=firstName,…'
 */
export function mappingReport(
  preview: MappingPreview,
  given: Readonly<Record<string, string>> | undefined,
  remembered: Readonly<Record<string, MappingTarget>> | null,
): ImportMapping {
  const fields = given
    ? completeMapping(preview.header, given)
    : { ...suggestMapping(preview.header), ...(remembered ?? {}) }
  const columns = preview.header.map((name, i) => ({
    name,
    samples: preview.samples[i] ?? [],
    field: fields[name] ?? 'details',
    suggested: suggestTarget(name),
  }))
  const unique = Object.fromEntries(columns.map((c) => [c.name, c.field]))
  return {
    needed: preview.needed,
    remembered: !given && remembered !== null,
    columns,
    map: mapText(unique),
  }
}
