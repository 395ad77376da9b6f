import type { Database } from './tables.ts'

/** Tables whose rows belong to one explorer: they carry an `owner_id` column. */
export type OwnedTableName = {
  [K in keyof Database]: 'owner_id' extends keyof Database[K] ? K : never
}[keyof Database]

/** How backup, restore, account deletion and the isolation test treat one explorer-owned table. */
export interface OwnedTable {
  name: OwnedTableName
  /** The primary key columns: rows are written in this order, compared code unit by code unit. */
  key: readonly string[]
  /**
   * Columns that point at rows of explorer-owned tables (this one included).
   * Restore checks each against the rows of the file before writing, so an
   * error names the table and row instead of a constraint.
   */
  references?: Readonly<Record<string, OwnedTableName>>
  /**
   * Columns pointing into the same table (a career's parent, a person's
   * referrer). Restore writes them after every row exists, so any order and
   * even cycles load; deletion clears them first.
   */
  deferred?: readonly string[]
  /**
   * Columns never written to a backup (an SMTP password, a feed token): the
   * backup says only whether one was set (`<column>_set`), and restore leaves
   * them empty for the explorer to enter again.
   */
  secrets?: readonly string[]
  /**
   * Other column sets that are unique within one explorer's rows (beside
   * the key): a file that repeats one is refused at restore, naming the row,
   * and generated backups never repeat one.
   */
  unique?: readonly (readonly string[])[]
}

/**
 * Every table that holds an explorer's own data, parents before children:
 * the one list that backup, restore, account deletion and the isolation test
 * walk. `owned-tables.test.ts` fails when a table with an `owner_id` column
 * is in neither this list nor `derivedTables`, so a new table cannot be
 * forgotten: add it here, after the tables it references.
 *
 * @example for (const table of ownedTables) await exportRows(ctx, table)
 */
export const ownedTables: readonly OwnedTable[] = [
  { name: 'settings', key: ['key'] },
  {
    name: 'careers',
    key: ['id'],
    references: { parent_id: 'careers' },
    deferred: ['parent_id'],
  },
  { name: 'organizations', key: ['id'] },
  {
    name: 'organization_careers',
    key: ['organization_id', 'career_id'],
    references: { organization_id: 'organizations', career_id: 'careers' },
  },
  {
    name: 'people',
    key: ['id'],
    references: { organization_id: 'organizations', referred_by_id: 'people' },
    deferred: ['referred_by_id'],
  },
  {
    name: 'person_careers',
    key: ['person_id', 'career_id'],
    references: { person_id: 'people', career_id: 'careers' },
  },
  { name: 'conversations', key: ['id'], references: { person_id: 'people' } },
  {
    name: 'conversation_careers',
    key: ['conversation_id', 'career_id'],
    references: { conversation_id: 'conversations', career_id: 'careers' },
  },
  {
    name: 'questions',
    key: ['id'],
    references: { career_id: 'careers', raised_in_conversation_id: 'conversations' },
  },
  {
    name: 'plan_items',
    key: ['id'],
    references: { conversation_id: 'conversations', question_id: 'questions' },
  },
  { name: 'meetings', key: ['conversation_id'], references: { conversation_id: 'conversations' } },
  {
    name: 'reflections',
    key: ['conversation_id'],
    references: { conversation_id: 'conversations' },
  },
  {
    name: 'pay_entries',
    key: ['id'],
    references: { conversation_id: 'conversations', career_id: 'careers' },
  },
  {
    name: 'messages',
    key: ['id'],
    references: { person_id: 'people', conversation_id: 'conversations' },
  },
  { name: 'message_templates', key: ['key'] },
  { name: 'smtp_accounts', key: ['owner_id'], secrets: ['password_encrypted'] },
  { name: 'mail_accounts', key: ['owner_id'], secrets: ['password_encrypted'] },
  { name: 'mail_findings', key: ['id'], references: { person_id: 'people' } },
  {
    name: 'duplicate_dismissals',
    key: ['person_id', 'other_id'],
    references: { person_id: 'people', other_id: 'people' },
  },
  // A merge's record holds the removed person whole, so undo works after a restore too.
  {
    name: 'person_merges',
    key: ['id'],
    references: { kept_person_id: 'people' },
    unique: [['seq']],
  },
  // SEQUENCE counters travel with the backup, so subscribers still see each change as newer.
  {
    name: 'calendar_events',
    key: ['conversation_id'],
    references: { conversation_id: 'conversations' },
  },
  { name: 'import_mappings', key: ['header_key'] },
]

/**
 * Explorer-owned tables that backups leave out: the search index, which only
 * mirrors other rows (restore rebuilds it), the calendar feed's secret
 * (after a restore the explorer makes a new feed URL), and the full reports
 * of recent imports. Deletion still removes them.
 */
export const derivedTables: readonly OwnedTableName[] = [
  'search_documents',
  'calendar_feeds',
  'import_reports',
]

/**
 * The registry entry of `name`; throws for a table that is not registered.
 *
 * @example ownedTable('people').key // ['id']
 */
export function ownedTable(name: string): OwnedTable {
  const found = ownedTables.find((t) => t.name === name)
  if (!found) throw new Error(`${name} is not an explorer-owned table`)
  return found
}
