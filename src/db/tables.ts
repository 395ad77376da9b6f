import type { Generated } from 'kysely'

/**
 * The one `Database` interface that types every query. Both engines store the
 * same representation: text ids, ISO-8601 UTC instants and `YYYY-MM-DD` dates
 * as text, booleans as 0/1 integers, lists as JSON text.
 */
export interface Database {
  accounts: AccountsTable
  settings: SettingsTable
  careers: CareersTable
  organizations: OrganizationsTable
  organization_careers: OrganizationCareersTable
  people: PeopleTable
  person_careers: PersonCareersTable
  conversations: ConversationsTable
  conversation_careers: ConversationCareersTable
  search_documents: SearchDocumentsTable
}

export interface AccountsTable {
  id: string
  email: string | null
  display_name: string
  created_at: string
}

export interface SettingsTable {
  owner_id: string
  key: string
  value: string
  updated_at: string
}

export interface CareersTable {
  id: string
  owner_id: string
  parent_id: string | null
  name: string
  name_key: string
  status: string
  hypothesis: string
  notes: string
  created_at: string
  updated_at: string
}

export interface OrganizationsTable {
  id: string
  owner_id: string
  name: string
  name_key: string
  website: string | null
  industry: string
  notes: string
  advocacy: number
  motivation: number | null
  posting: number | null
  created_at: string
  updated_at: string
}

export interface OrganizationCareersTable {
  owner_id: string
  organization_id: string
  career_id: string
}

export interface PeopleTable {
  id: string
  owner_id: string
  name: string
  name_key: string
  first_name: string | null
  organization_id: string | null
  title: string
  connection: string
  connection_note: string
  source: string
  linkedin_url: string | null
  emails: string
  phones: string
  tags: string
  notes: string
  referred_by_id: string | null
  created_at: string
  updated_at: string
}

export interface PersonCareersTable {
  owner_id: string
  person_id: string
  career_id: string
}

export interface ConversationsTable {
  id: string
  owner_id: string
  person_id: string
  status: string
  status_changed_at: string
  scheduled_at: string | null
  time_zone: string | null
  duration_minutes: number
  format: string | null
  place: string
  notes: string
  created_at: string
  updated_at: string
}

export interface ConversationCareersTable {
  owner_id: string
  conversation_id: string
  career_id: string
}

/** The text of every searchable record, as written and folded for matching. */
export interface SearchDocumentsTable {
  id: Generated<number>
  owner_id: string
  kind: string
  record_id: string
  title: string
  body: string
  title_folded: string
  body_folded: string
}
