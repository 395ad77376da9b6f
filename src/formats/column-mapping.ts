import { type FieldIssue, ValidationError } from '../core/errors.ts'
import { type MappingTarget, mappingTargets, singleValueFields } from '../core/imports/schema.ts'
import { refuse } from './contact.ts'
import type { ContactsCsvDialect } from './contacts-csv-dialects.ts'
import { normalizeNewlines, readCsvTable, type ScannedLine } from './csv-table.ts'

export { type MappingTarget, mappingTargets } from '../core/imports/schema.ts'

/**
 * A CSV that is no known contacts export is read through a column mapping:
 * each column of its header goes to a field of a person, is kept in the
 * notes' "Imported details" section (`details`, what every column not named
 * in the mapping gets), or is left out on purpose (`ignore`, named in the
 * report). Nothing is dropped without a word.
 */

/** Column name (as the header spells it) → where it goes. Columns not named go to `details`. */
export type ColumnMapping = Record<string, MappingTarget>

/** Why an ignored column is not kept, as the report says it. */
export const ignoredWhy = 'ignored in the column mapping'

/**
 * The words headers use for each field, in English, German, French and
 * Spanish, tried in this order on the header name folded to plain lower
 * case letters (accents dropped, anything else a space).
 */
const suggestions: ReadonlyArray<readonly [RegExp, MappingTarget]> = [
  [
    /\b(birthday|birth ?date|date of birth|dob|born|geburtstag|geburtsdatum|anniversaire|date de naissance|cumpleanos|fecha de nacimiento)\b/,
    'birthday',
  ],
  [/\blinked ?in\b/, 'linkedinUrl'],
  [
    /\b(e ?mails?|mails?|e ?mail ?adresse|courriel|adresse (electronique|de messagerie)|correo( electronico)?)\b/,
    'email',
  ],
  [
    /\b(profiles?|profil|twitter|x com|github|gitlab|xing|mastodon|bluesky|instagram|facebook|skype|jabber|xmpp|im|social)\b/,
    'profile',
  ],
  [
    /\b(phones?|telefon(nummer)?|telephone|tel|mobile|mobil(telefon|nummer)?|handy|cell(phone)?|portable|movil|fax)\b/,
    'phone',
  ],
  [
    /\b(middle ?names?|zweiter vorname|weitere vornamen|second prenom|deuxieme prenom)\b/,
    'middleName',
  ],
  [/\b(first ?name|given ?name|forename|vorname|prenom|nombre)\b/, 'firstName'],
  [
    /\b(last ?name|surname|family ?name|nachname|familienname|nom de famille|apellidos?)\b|^nom$/,
    'lastName',
  ],
  [
    /\b(company|companies|organi[sz]ations?|org|firma|firmenname|unternehmen|arbeitgeber|employer|societe|entreprise|empresa|compania)\b/,
    'organization',
  ],
  [
    /\b(job ?title|title|job|position|role|rolle|titre|poste|fonction|funktion|beruf|cargo|puesto)\b/,
    'title',
  ],
  [/\b(notes?|notizen?|comments?|kommentare?|bemerkungen?|remarques?|remarks|notas?)\b/, 'notes'],
  [
    /\b(tags?|groups?|labels?|categor(y|ies)|kategorien?|gruppen?|groupes?|etiquettes?|etiquetas?)\b/,
    'tags',
  ],
  [
    /\b(web ?sites?|web ?pages?|webseite|homepage|home ?page|site( web)?|url|web|internet|blog)\b/,
    'website',
  ],
  [
    /\b(full ?name|display ?name|names?|contact|kontakt|nom complet|nom|person|nombre completo)\b/,
    'name',
  ],
]

/** A header name folded for the suggestions: lower case, no accents, words split by single spaces. */
function foldHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * The field a column's name suggests, or `details` (kept in the notes).
 *
 * @example suggestTarget('E-Mail-Adresse') // 'email'
 * @example suggestTarget('Société') // 'organization'
 * @example suggestTarget('Lieblingsfarbe') // 'details'
 */
export function suggestTarget(name: string): MappingTarget {
  const folded = foldHeader(name)
  return suggestions.find(([pattern]) => pattern.test(folded))?.[1] ?? 'details'
}

/**
 * A mapping for a whole header from the names alone: each column its
 * suggested field, a single-value field only for the first column that
 * suggests it (later ones go to `details`), empty names to `details`.
 *
 * @example suggestMapping(['Vorname', 'Nachname', 'E-Mail']) // { Vorname: 'firstName', Nachname: 'lastName', 'E-Mail': 'email' }
 */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  const taken = new Set<MappingTarget>()
  for (const name of header) {
    if (!name || name in mapping) continue
    let target = suggestTarget(name)
    if (singleValueFields.has(target) && taken.has(target)) target = 'details'
    taken.add(target)
    mapping[name] = target
  }
  return mapping
}

/** True when the suggestions find a person in the header: a name or an email column. */
export function suggestsContacts(header: readonly string[]): boolean {
  return header.some((name) =>
    ['name', 'firstName', 'lastName', 'email'].includes(suggestTarget(name)),
  )
}

/**
 * A mapping as the CLI's `--map` takes it and prints it: `Column=field`
 * pairs joined by commas, columns in the header's order.
 *
 * @example mapText({ 'E-mail': 'email', Firma: 'organization' }) // 'E-mail=email,Firma=organization'
 */
export function mapText(mapping: Readonly<Record<string, string>>): string {
  return Object.entries(mapping)
    .map(([column, target]) => `${column}=${target}`)
    .join(',')
}

/**
 * A mapping checked against a header: every column named must be in it (a
 * name is matched exactly, else case-insensitively), every target one of
 * `mappingTargets`, and a single-value field may get one column only.
 * Answers the mapping with the header's own spelling; refuses
 * (`ValidationError`, each problem at `mapping.<column>`) otherwise.
 *
 * @example checkMapping({ 'e-mail': 'email' }, ['Name', 'E-mail']) // { 'E-mail': 'email' }
 */
export function checkMapping(
  mapping: Record<string, string>,
  header: readonly string[],
): ColumnMapping {
  const issues: FieldIssue[] = []
  const checked: ColumnMapping = {}
  const byField = new Map<string, string>()
  const named = header.filter(Boolean)
  for (const [given, target] of Object.entries(mapping)) {
    const column =
      named.find((name) => name === given.trim()) ??
      named.find((name) => name.toLowerCase() === given.trim().toLowerCase())
    const path = `mapping.${given}`
    if (column === undefined) {
      const shown = named.slice(0, 12).join(', ')
      issues.push({
        path,
        message: `there is no column "${given}" in the file's header (its columns: ${shown}${named.length > 12 ? ', …' : ''})`,
      })
      continue
    }
    if (!(mappingTargets as readonly string[]).includes(target)) {
      issues.push({
        path,
        message: `"${target}" is not a field a column can go to; use one of ${mappingTargets.join(', ')}`,
      })
      continue
    }
    const field = target as MappingTarget
    const earlier = byField.get(field)
    if (singleValueFields.has(field) && earlier !== undefined && earlier !== column) {
      issues.push({
        path,
        message: `"${earlier}" and "${column}" both go to ${field}, which holds one value; send one of them to details or ignore`,
      })
      continue
    }
    byField.set(field, column)
    checked[column] = field
  }
  if (
    issues.length === 0 &&
    !['name', 'firstName', 'lastName', 'email'].some((f) => byField.has(f))
  ) {
    issues.push({
      path: 'mapping',
      message:
        'no column goes to name, firstName, lastName or email, so no row could become a person; map at least one of them',
    })
  }
  if (issues.length > 0) {
    throw new ValidationError(
      issues,
      `The column mapping does not fit the file: ${issues.map((i) => i.message).join('; ')}.`,
    )
  }
  return checked
}

/**
 * The header of a CSV to map: the first of the scanned lines that has
 * every column the mapping names, else the first with two or more named
 * cells; null when there is none.
 *
 * @example mappingHeader(scanLines('Name,Mail\nAda,ada@example.org'), {})?.line // 1
 */
export function mappingHeader(
  lines: readonly ScannedLine[],
  mapping: Record<string, string> = {},
): ScannedLine | null {
  const wanted = Object.keys(mapping).map((name) => name.trim().toLowerCase())
  const candidates = lines.filter((l) => l.cells.filter(Boolean).length >= 2)
  const fits = (line: ScannedLine) => {
    const names = new Set(line.cells.map((c) => c.toLowerCase()))
    return wanted.every((name) => names.has(name))
  }
  return (wanted.length > 0 ? candidates.find(fits) : undefined) ?? candidates[0] ?? null
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Never a column name (cells never hold NUL once the Text schema has them). */
const noColumn = '\u0000'

/**
 * The dialect that reads a CSV through a checked mapping: the same row
 * reader as the known exports (`toContact` in contacts-csv.ts), with the
 * columns the explorer chose. Columns of the same name all go where the
 * name goes for the fields with several values; for one-value fields the
 * first is taken and the others are kept in the notes.
 *
 * @example mappedDialect({ Mail: 'email', Name: 'name' }).emails // /^(?:mail)$/
 */
export function mappedDialect(mapping: ColumnMapping): ContactsCsvDialect {
  const columnsOf = (field: MappingTarget) =>
    Object.entries(mapping)
      .filter(([, target]) => target === field)
      .map(([column]) => column)
  const one = (field: MappingTarget) => columnsOf(field)[0]?.toLowerCase() ?? noColumn
  const many = (...fields: MappingTarget[]) => {
    const names = fields.flatMap(columnsOf).map((c) => escapeRegExp(c.toLowerCase()))
    return names.length > 0 ? new RegExp(`^(?:${names.join('|')})$`) : []
  }
  const birthday = columnsOf('birthday')[0]
  return {
    id: 'mapped',
    format: 'csv',
    label: 'CSV read through a column mapping',
    source: 'CSV',
    signature: { all: [], any: [] },
    fullName: one('name'),
    first: one('firstName'),
    middle: one('middleName'),
    last: one('lastName'),
    organization: one('organization'),
    title: { column: one('title'), occurrence: 'first' },
    emails: many('email'),
    phones: many('phone'),
    websites: many('linkedinUrl', 'website'),
    ...(birthday
      ? {
          birthday: {
            columns: [birthday.toLowerCase()],
            // A header in English reads 1/2/1990 as US month/day; any other language as day/month.
            order: /birth|dob|born/i.test(foldHeader(birthday)) ? 'mdy' : 'dmy',
          },
        }
      : {}),
    handles: columnsOf('profile').map((c) => [c.toLowerCase(), c] as const),
    profileServiceFromUrl: true,
    notes: one('notes'),
    tags: { column: one('tags'), separator: /\s*(?:;|,| ::: )\s*/ },
    packed: /\s*;\s*/,
    keepOddValues: true,
    ignored: new Set(columnsOf('ignore').map((c) => c.toLowerCase())),
  }
}

/** The first rows of a CSV under each column, for the explorer to choose a mapping. */
export interface CsvPreview {
  /** The header as the file spells it (cells without a name left out). */
  header: string[]
  /** Per header column, the values of the first rows (up to `rows`), blanks kept as `''`. */
  samples: string[][]
}

/** How many rows a preview shows, and how much of each value. */
const previewRows = 5
const sampleLength = 120

/**
 * The preview of a CSV from its first lines (`head`, newline-normalized
 * or not): the header found by `mappingHeader` and the values of the first
 * rows under each column. A last record cut off by the end of the head is
 * left out unless the head is the whole text.
 *
 * @example csvPreview('Name,Mail\nAda,ada@example.org\n', true).samples // [['Ada'], ['ada@example.org']]
 */
export function csvPreview(
  head: string,
  whole: boolean,
  lines: readonly ScannedLine[],
  mapping: Record<string, string> = {},
): CsvPreview {
  const header = mappingHeader(lines, mapping)
  if (!header) throw refuse('The file has no header line with two or more named columns to map.')
  const table = readCsvTable(normalizeNewlines(head), header)
  const records = whole ? table.records : table.records.slice(0, -1)
  const rows = records.slice(0, previewRows)
  const columns = header.cells.map((name, i) => ({ name, i })).filter(({ name }) => name !== '')
  return {
    header: columns.map(({ name }) => name),
    samples: columns.map(({ i }) =>
      rows.map((r) => {
        const value = (r.cells[i] ?? '').replaceAll('\u0000', '').replace(/\s+/g, ' ').trim()
        return value.length > sampleLength ? `${value.slice(0, sampleLength - 1)}…` : value
      }),
    ),
  }
}
