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
  questions: QuestionsTable
  plan_items: PlanItemsTable
  meetings: MeetingsTable
  reflections: ReflectionsTable
  pay_entries: PayEntriesTable
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

/** The question bank: seeded, written by the explorer, or raised in a reflection. */
export interface QuestionsTable {
  id: string
  owner_id: string
  text: string
  topic: string
  tiara: string
  specificity: string
  career_id: string | null
  origin: string
  seed_key: string | null
  raised_in_conversation_id: string | null
  rating: number | null
  retired_at: string | null
  created_at: string
  updated_at: string
}

/** One question of a conversation's plan, with what was answered. */
export interface PlanItemsTable {
  id: string
  owner_id: string
  conversation_id: string
  question_id: string | null
  text: string
  topic: string
  position: number
  state: string
  answer: string
  asked_at: string | null
  created_at: string
  updated_at: string
  /** JSON: the client time of the edit each field holds (0007), for out-of-order autosave. */
  field_times: Generated<string>
}

/** Preparation and the meeting itself, one row per conversation. */
export interface MeetingsTable {
  conversation_id: string
  owner_id: string
  research_notes: string
  free_notes: string
  started_at: string | null
  ended_at: string | null
  updated_at: string
  /** JSON: the client time of the edit each field holds (0007), for out-of-order autosave. */
  field_times: Generated<string>
}

export interface ReflectionsTable {
  conversation_id: string
  owner_id: string
  takeaways: string
  surprises: string
  aha: string
  pros: string
  cons: string
  day_to_day: string
  training: string
  fit_rating: number | null
  hypothesis_change: string
  next_people: string
  completed_at: string | null
  created_at: string
  updated_at: string
}

/** Pay heard in a conversation: one ledger line. */
export interface PayEntriesTable {
  id: string
  owner_id: string
  conversation_id: string
  career_id: string | null
  low: number | null
  high: number | null
  currency: string
  period: string
  level: string
  location: string
  year: number | null
  note: string
  position: number
  created_at: string
}
