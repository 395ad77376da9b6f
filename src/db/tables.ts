import type { Generated } from 'kysely'

/**
 * The one `Database` interface that types every query. Both engines store the
 * same representation: text ids, ISO-8601 UTC instants and `YYYY-MM-DD` dates
 * as text, booleans as 0/1 integers, lists as JSON text.
 */
export interface Database {
  accounts: AccountsTable
  sessions: SessionsTable
  access_tokens: AccessTokensTable
  mcp_confirmations: McpConfirmationsTable
  sign_in_throttle: SignInThrottleTable
  invitations: InvitationsTable
  password_resets: PasswordResetsTable
  instance_settings: InstanceSettingsTable
  digests: DigestsTable
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
  messages: MessagesTable
  message_templates: MessageTemplatesTable
  smtp_accounts: SmtpAccountsTable
  calendar_feeds: CalendarFeedsTable
  calendar_events: CalendarEventsTable
  import_reports: ImportReportsTable
  mail_accounts: MailAccountsTable
  mail_findings: MailFindingsTable
  duplicate_dismissals: DuplicateDismissalsTable
  person_merges: PersonMergesTable
  import_mappings: ImportMappingsTable
}

export interface AccountsTable {
  id: string
  email: string | null
  display_name: string
  created_at: string
  /** argon2id; null for the local owner, who never signs in. */
  password_hash: string | null
  role: Generated<string>
  disabled_at: string | null
  last_sign_in_at: string | null
}

/** A signed-in browser: the cookie holds the token, the table only its hash. */
export interface SessionsTable {
  token_hash: string
  account_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
}

/** A pending confirmation of an MCP edit or removal (see the migration 20261202T1842). */
export interface McpConfirmationsTable {
  token_hash: string
  account_id: string
  tool: string
  binding: string
  created_at: string
  expires_at: string
}

/** A personal access token (0018): the script holds the token, the table only its hash. */
export interface AccessTokensTable {
  id: string
  account_id: string
  name: string
  /** 'read' or 'read-write'. */
  scope: string
  token_hash: string
  token_prefix: string
  created_at: string
  last_used_at: string | null
  /** From this instant on the token is refused; null: it never expires. */
  expires_at: string | null
}

export interface SignInThrottleTable {
  key: string
  window_started_at: string
  failures: number
}

export interface InvitationsTable {
  token_hash: string
  email: string
  invited_by: string | null
  created_at: string
  expires_at: string
  accepted_at: string | null
}

export interface PasswordResetsTable {
  token_hash: string
  account_id: string
  created_at: string
  expires_at: string
  used_at: string | null
}

export interface InstanceSettingsTable {
  key: string
  value: string
}

export interface DigestsTable {
  account_id: string
  day: string
  sent_at: string
  items: number
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
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is not known. */
  birthday: string | null
  /** JSON list of web site addresses. */
  websites: string
  /** JSON list of `{ service, address }`: social profiles and instant-messaging handles. */
  profiles: string
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
  /** JSON: field → client time of the edit it holds (see `core/plans/last-writer.ts`). */
  field_times: Generated<string>
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

/** The secret of an explorer's calendar feed: only its SHA-256 is kept (0010). */
export interface CalendarFeedsTable {
  owner_id: string
  token_hash: string
  token_prefix: string
  created_at: string
}

/** The SEQUENCE last published for a conversation's event, and what it was for (0010). */
export interface CalendarEventsTable {
  conversation_id: string
  owner_id: string
  sequence: number
  fingerprint: string
  changed_at: string
}

/** Every message written to a person, from draft to reply (0002). */
export interface MessagesTable {
  id: string
  owner_id: string
  person_id: string
  conversation_id: string | null
  kind: string
  recipient: string | null
  subject: string
  body: string
  status: string
  channel: string | null
  template_key: string | null
  sent_at: string | null
  replied_at: string | null
  smtp_message_id: string | null
  created_at: string
  updated_at: string
  /** Why the explorer asked for referrals against the advice (0011); null otherwise. */
  override_reason: string | null
  /** JSON: what marking it sent moved (0017), so a mistaken "I sent it" can be undone; null otherwise. */
  sent_effect: string | null
  /** JSON: to, subject, body → client time of the edit each holds (`core/shared/last-writer.ts`). */
  field_times: Generated<string>
}

/** The explorer's own version of a default message template (0002). */
export interface MessageTemplatesTable {
  owner_id: string
  key: string
  subject: string
  body: string
  updated_at: string
}

/** How the explorer signs in to a mail server (SMTP or IMAP); the password only encrypted. */
interface MailServerLogin {
  owner_id: string
  host: string
  port: number
  security: string
  username: string
  password_encrypted: string | null
}

/** The explorer's SMTP account (0002). */
export interface SmtpAccountsTable extends MailServerLogin {
  from_name: string
  from_address: string
  updated_at: string
}

/** The full report of a recent import, as gzipped CSV in base64 (0016). */
export interface ImportReportsTable {
  id: string
  owner_id: string
  created_at: string
  filename: string
  dry_run: number
  report_gzip_base64: string
}

export interface MailAccountsTable extends MailServerLogin {
  auto_confirm: Generated<number>
  folders_seen: Generated<string>
  checked_at: string | null
  last_error: string | null
  updated_at: string
}

export interface MailFindingsTable {
  id: string
  owner_id: string
  person_id: string
  kind: string
  status: string
  folder: string
  header_message_id: string
  address: string
  subject: string
  first_lines: string
  mail_at: string
  absent_until: string | null
  message_id: string | null
  created_at: string
}

/** Two people the explorer said are not the same person; `person_id` < `other_id`. */
export interface DuplicateDismissalsTable {
  owner_id: string
  person_id: string
  other_id: string
  created_at: string
}

/** One merge of two people: what undoing it needs, as JSON (`core/people/merge-record.ts`). */
export interface PersonMergesTable {
  id: string
  owner_id: string
  kept_person_id: string
  removed_person_id: string
  removed_name: string
  undo: string
  created_at: string
  /** 1, 2, 3… per explorer, in the order of the merges. */
  seq: number
}

/** A column mapping the explorer gave for a CSV, remembered per header set. */
export interface ImportMappingsTable {
  owner_id: string
  /** sha256 (hex) of the header's column names, lower case, sorted, unique. */
  header_key: string
  /** JSON array of the header's names as the file had them. */
  header: string
  /** JSON object: column name → field, `details` or `ignore`. */
  mapping: string
  updated_at: string
}
