-- columns
access_tokens.id text not null
access_tokens.account_id text not null
access_tokens.name text not null
access_tokens.scope text not null
access_tokens.token_hash text not null
access_tokens.token_prefix text not null
access_tokens.created_at text not null
access_tokens.last_used_at text
access_tokens.expires_at text
accounts.id text not null
accounts.email text
accounts.display_name text not null
accounts.created_at text not null
accounts.password_hash text
accounts.role text not null default 'member'::text
accounts.disabled_at text
accounts.last_sign_in_at text
calendar_events.conversation_id text not null
calendar_events.owner_id text not null
calendar_events.sequence integer not null
calendar_events.fingerprint text not null
calendar_events.changed_at text not null
calendar_feeds.owner_id text not null
calendar_feeds.token_hash text not null
calendar_feeds.token_prefix text not null
calendar_feeds.created_at text not null
careers.id text not null
careers.owner_id text not null
careers.parent_id text
careers.name text not null
careers.name_key text not null
careers.status text not null
careers.hypothesis text not null
careers.notes text not null
careers.created_at text not null
careers.updated_at text not null
conversation_careers.owner_id text not null
conversation_careers.conversation_id text not null
conversation_careers.career_id text not null
conversations.id text not null
conversations.owner_id text not null
conversations.person_id text not null
conversations.status text not null
conversations.status_changed_at text not null
conversations.scheduled_at text
conversations.time_zone text
conversations.duration_minutes integer not null
conversations.format text
conversations.place text not null
conversations.notes text not null
conversations.created_at text not null
conversations.updated_at text not null
digests.account_id text not null
digests.day text not null
digests.sent_at text not null
digests.items integer not null
duplicate_dismissals.owner_id text not null
duplicate_dismissals.person_id text not null
duplicate_dismissals.other_id text not null
duplicate_dismissals.created_at text not null
import_mappings.owner_id text not null
import_mappings.header_key text not null
import_mappings.header text not null
import_mappings.mapping text not null
import_mappings.updated_at text not null
import_reports.id text not null
import_reports.owner_id text not null
import_reports.created_at text not null
import_reports.filename text not null
import_reports.dry_run integer not null
import_reports.report_gzip_base64 text not null
instance_settings.key text not null
instance_settings.value text not null
invitations.token_hash text not null
invitations.email text not null
invitations.invited_by text
invitations.created_at text not null
invitations.expires_at text not null
invitations.accepted_at text
kysely_migration.name character varying not null
kysely_migration.timestamp character varying not null
kysely_migration_lock.id character varying not null
kysely_migration_lock.is_locked integer not null default 0
mail_accounts.owner_id text not null
mail_accounts.host text not null
mail_accounts.port integer not null
mail_accounts.security text not null
mail_accounts.username text not null
mail_accounts.password_encrypted text
mail_accounts.auto_confirm integer not null default 0
mail_accounts.folders_seen text not null default '{}'::text
mail_accounts.checked_at text
mail_accounts.last_error text
mail_accounts.updated_at text not null
mail_findings.id text not null
mail_findings.owner_id text not null
mail_findings.person_id text not null
mail_findings.kind text not null
mail_findings.status text not null
mail_findings.folder text not null
mail_findings.header_message_id text not null
mail_findings.address text not null
mail_findings.subject text not null
mail_findings.first_lines text not null
mail_findings.mail_at text not null
mail_findings.absent_until text
mail_findings.message_id text
mail_findings.created_at text not null
mcp_confirmations.token_hash text not null
mcp_confirmations.account_id text not null
mcp_confirmations.tool text not null
mcp_confirmations.binding text not null
mcp_confirmations.created_at text not null
mcp_confirmations.expires_at text not null
meetings.conversation_id text not null
meetings.owner_id text not null
meetings.research_notes text not null
meetings.free_notes text not null
meetings.started_at text
meetings.ended_at text
meetings.updated_at text not null
meetings.field_times text not null default '{}'::text
message_templates.owner_id text not null
message_templates.key text not null
message_templates.subject text not null
message_templates.body text not null
message_templates.updated_at text not null
messages.id text not null
messages.owner_id text not null
messages.person_id text not null
messages.conversation_id text
messages.kind text not null
messages.recipient text
messages.subject text not null
messages.body text not null
messages.status text not null
messages.channel text
messages.template_key text
messages.sent_at text
messages.replied_at text
messages.smtp_message_id text
messages.created_at text not null
messages.updated_at text not null
messages.override_reason text
messages.sent_effect text
messages.field_times text not null default '{}'::text
organization_careers.owner_id text not null
organization_careers.organization_id text not null
organization_careers.career_id text not null
organizations.id text not null
organizations.owner_id text not null
organizations.name text not null
organizations.name_key text not null
organizations.website text
organizations.industry text not null
organizations.notes text not null
organizations.advocacy integer not null
organizations.motivation integer
organizations.posting integer
organizations.created_at text not null
organizations.updated_at text not null
password_resets.token_hash text not null
password_resets.account_id text not null
password_resets.created_at text not null
password_resets.expires_at text not null
password_resets.used_at text
pay_entries.id text not null
pay_entries.owner_id text not null
pay_entries.conversation_id text not null
pay_entries.career_id text
pay_entries.low integer
pay_entries.high integer
pay_entries.currency text not null
pay_entries.period text not null
pay_entries.level text not null
pay_entries.location text not null
pay_entries.year integer
pay_entries.note text not null
pay_entries.position integer not null
pay_entries.created_at text not null
people.id text not null
people.owner_id text not null
people.name text not null
people.name_key text not null
people.first_name text
people.organization_id text
people.title text not null
people.connection text not null
people.connection_note text not null
people.source text not null
people.linkedin_url text
people.emails text not null
people.phones text not null
people.tags text not null
people.notes text not null
people.referred_by_id text
people.created_at text not null
people.updated_at text not null
people.birthday text
people.websites text not null default '[]'::text
people.profiles text not null default '[]'::text
person_careers.owner_id text not null
person_careers.person_id text not null
person_careers.career_id text not null
person_merges.id text not null
person_merges.owner_id text not null
person_merges.kept_person_id text not null
person_merges.removed_person_id text not null
person_merges.removed_name text not null
person_merges.undo text not null
person_merges.created_at text not null
person_merges.seq integer not null
plan_items.id text not null
plan_items.owner_id text not null
plan_items.conversation_id text not null
plan_items.question_id text
plan_items.text text not null
plan_items.topic text not null
plan_items.position integer not null
plan_items.state text not null
plan_items.answer text not null
plan_items.asked_at text
plan_items.created_at text not null
plan_items.updated_at text not null
plan_items.field_times text not null default '{}'::text
questions.id text not null
questions.owner_id text not null
questions.text text not null
questions.topic text not null
questions.tiara text not null
questions.specificity text not null
questions.career_id text
questions.origin text not null
questions.seed_key text
questions.raised_in_conversation_id text
questions.rating integer
questions.retired_at text
questions.created_at text not null
questions.updated_at text not null
reflections.conversation_id text not null
reflections.owner_id text not null
reflections.takeaways text not null
reflections.surprises text not null
reflections.aha text not null
reflections.pros text not null
reflections.cons text not null
reflections.day_to_day text not null
reflections.training text not null
reflections.fit_rating integer
reflections.hypothesis_change text not null
reflections.next_people text not null
reflections.completed_at text
reflections.created_at text not null
reflections.updated_at text not null
reflections.field_times text not null default '{}'::text
search_documents.id bigint not null
search_documents.owner_id text not null
search_documents.kind text not null
search_documents.record_id text not null
search_documents.title text not null
search_documents.body text not null
search_documents.title_folded text not null
search_documents.body_folded text not null
search_documents.tsv tsvector
search_lexemes.lexeme text not null
sessions.token_hash text not null
sessions.account_id text not null
sessions.created_at text not null
sessions.last_seen_at text not null
sessions.expires_at text not null
settings.owner_id text not null
settings.key text not null
settings.value text not null
settings.updated_at text not null
sign_in_throttle.key text not null
sign_in_throttle.window_started_at text not null
sign_in_throttle.failures integer not null
smtp_accounts.owner_id text not null
smtp_accounts.host text not null
smtp_accounts.port integer not null
smtp_accounts.security text not null
smtp_accounts.username text not null
smtp_accounts.password_encrypted text
smtp_accounts.from_name text not null
smtp_accounts.from_address text not null
smtp_accounts.updated_at text not null

-- constraints
access_tokens access_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
access_tokens access_tokens_pkey PRIMARY KEY (id)
access_tokens access_tokens_token_hash_key UNIQUE (token_hash)
accounts accounts_email_key UNIQUE (email)
accounts accounts_pkey PRIMARY KEY (id)
calendar_events calendar_events_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE
calendar_events calendar_events_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
calendar_events calendar_events_pkey PRIMARY KEY (conversation_id)
calendar_feeds calendar_feeds_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
calendar_feeds calendar_feeds_pkey PRIMARY KEY (owner_id)
calendar_feeds calendar_feeds_token_hash_key UNIQUE (token_hash)
careers careers_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
careers careers_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES careers(id) ON DELETE RESTRICT
careers careers_pkey PRIMARY KEY (id)
conversation_careers conversation_careers_career_id_fkey FOREIGN KEY (career_id) REFERENCES careers(id) ON DELETE CASCADE
conversation_careers conversation_careers_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE
conversation_careers conversation_careers_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
conversation_careers conversation_careers_pk PRIMARY KEY (conversation_id, career_id)
conversations conversations_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
conversations conversations_person_id_fkey FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE CASCADE
conversations conversations_pkey PRIMARY KEY (id)
digests digests_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
digests digests_pk PRIMARY KEY (account_id, day)
duplicate_dismissals duplicate_dismissals_other_id_fkey FOREIGN KEY (other_id) REFERENCES people(id) ON DELETE CASCADE
duplicate_dismissals duplicate_dismissals_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
duplicate_dismissals duplicate_dismissals_person_id_fkey FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE CASCADE
duplicate_dismissals duplicate_dismissals_pk PRIMARY KEY (person_id, other_id)
import_mappings import_mappings_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
import_mappings import_mappings_pk PRIMARY KEY (owner_id, header_key)
import_reports import_reports_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
import_reports import_reports_pkey PRIMARY KEY (id)
instance_settings instance_settings_pkey PRIMARY KEY (key)
invitations invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES accounts(id) ON DELETE SET NULL
invitations invitations_pkey PRIMARY KEY (token_hash)
kysely_migration kysely_migration_pkey PRIMARY KEY (name)
kysely_migration_lock kysely_migration_lock_pkey PRIMARY KEY (id)
mail_accounts mail_accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
mail_accounts mail_accounts_pkey PRIMARY KEY (owner_id)
mail_findings mail_findings_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
mail_findings mail_findings_person_id_fkey FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE CASCADE
mail_findings mail_findings_pkey PRIMARY KEY (id)
mcp_confirmations mcp_confirmations_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
mcp_confirmations mcp_confirmations_pkey PRIMARY KEY (token_hash)
meetings meetings_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE
meetings meetings_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
meetings meetings_pkey PRIMARY KEY (conversation_id)
message_templates message_templates_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
message_templates message_templates_pk PRIMARY KEY (owner_id, key)
messages messages_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE SET NULL
messages messages_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
messages messages_person_id_fkey FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE CASCADE
messages messages_pkey PRIMARY KEY (id)
organization_careers organization_careers_career_id_fkey FOREIGN KEY (career_id) REFERENCES careers(id) ON DELETE CASCADE
organization_careers organization_careers_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE
organization_careers organization_careers_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
organization_careers organization_careers_pk PRIMARY KEY (organization_id, career_id)
organizations organizations_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
organizations organizations_pkey PRIMARY KEY (id)
password_resets password_resets_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
password_resets password_resets_pkey PRIMARY KEY (token_hash)
pay_entries pay_entries_career_id_fkey FOREIGN KEY (career_id) REFERENCES careers(id) ON DELETE SET NULL
pay_entries pay_entries_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE
pay_entries pay_entries_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
pay_entries pay_entries_pkey PRIMARY KEY (id)
people people_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE SET NULL
people people_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
people people_pkey PRIMARY KEY (id)
people people_referred_by_id_fkey FOREIGN KEY (referred_by_id) REFERENCES people(id) ON DELETE SET NULL
person_careers person_careers_career_id_fkey FOREIGN KEY (career_id) REFERENCES careers(id) ON DELETE CASCADE
person_careers person_careers_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
person_careers person_careers_person_id_fkey FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE CASCADE
person_careers person_careers_pk PRIMARY KEY (person_id, career_id)
person_merges person_merges_kept_person_id_fkey FOREIGN KEY (kept_person_id) REFERENCES people(id) ON DELETE CASCADE
person_merges person_merges_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
person_merges person_merges_pkey PRIMARY KEY (id)
plan_items plan_items_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE
plan_items plan_items_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
plan_items plan_items_pkey PRIMARY KEY (id)
plan_items plan_items_question_id_fkey FOREIGN KEY (question_id) REFERENCES questions(id) ON DELETE SET NULL
questions questions_career_id_fkey FOREIGN KEY (career_id) REFERENCES careers(id) ON DELETE SET NULL
questions questions_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
questions questions_pkey PRIMARY KEY (id)
questions questions_raised_in_conversation_id_fkey FOREIGN KEY (raised_in_conversation_id) REFERENCES conversations(id) ON DELETE SET NULL
reflections reflections_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations(id) ON DELETE CASCADE
reflections reflections_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
reflections reflections_pkey PRIMARY KEY (conversation_id)
search_documents search_documents_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
search_documents search_documents_pkey PRIMARY KEY (id)
search_documents search_documents_record UNIQUE (owner_id, kind, record_id)
search_lexemes search_lexemes_pkey PRIMARY KEY (lexeme)
sessions sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
sessions sessions_pkey PRIMARY KEY (token_hash)
settings settings_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
settings settings_pk PRIMARY KEY (owner_id, key)
sign_in_throttle sign_in_throttle_pkey PRIMARY KEY (key)
smtp_accounts smtp_accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES accounts(id) ON DELETE CASCADE
smtp_accounts smtp_accounts_pkey PRIMARY KEY (owner_id)

-- indexes
CREATE INDEX access_tokens_account ON public.access_tokens USING btree (account_id)
CREATE UNIQUE INDEX access_tokens_pkey ON public.access_tokens USING btree (id)
CREATE UNIQUE INDEX access_tokens_token_hash_key ON public.access_tokens USING btree (token_hash)
CREATE UNIQUE INDEX accounts_email_key ON public.accounts USING btree (email)
CREATE UNIQUE INDEX accounts_pkey ON public.accounts USING btree (id)
CREATE INDEX calendar_events_owner ON public.calendar_events USING btree (owner_id)
CREATE UNIQUE INDEX calendar_events_pkey ON public.calendar_events USING btree (conversation_id)
CREATE UNIQUE INDEX calendar_feeds_pkey ON public.calendar_feeds USING btree (owner_id)
CREATE UNIQUE INDEX calendar_feeds_token_hash_key ON public.calendar_feeds USING btree (token_hash)
CREATE INDEX careers_owner_name ON public.careers USING btree (owner_id, name_key)
CREATE INDEX careers_parent ON public.careers USING btree (parent_id)
CREATE UNIQUE INDEX careers_pkey ON public.careers USING btree (id)
CREATE INDEX conversation_careers_career ON public.conversation_careers USING btree (career_id)
CREATE INDEX conversation_careers_owner ON public.conversation_careers USING btree (owner_id)
CREATE UNIQUE INDEX conversation_careers_pk ON public.conversation_careers USING btree (conversation_id, career_id)
CREATE INDEX conversations_owner_person_status ON public.conversations USING btree (owner_id, person_id, status)
CREATE INDEX conversations_owner_scheduled ON public.conversations USING btree (owner_id, scheduled_at)
CREATE INDEX conversations_owner_status ON public.conversations USING btree (owner_id, status)
CREATE INDEX conversations_person ON public.conversations USING btree (person_id)
CREATE UNIQUE INDEX conversations_pkey ON public.conversations USING btree (id)
CREATE UNIQUE INDEX digests_pk ON public.digests USING btree (account_id, day)
CREATE INDEX duplicate_dismissals_other ON public.duplicate_dismissals USING btree (other_id)
CREATE INDEX duplicate_dismissals_owner ON public.duplicate_dismissals USING btree (owner_id, person_id)
CREATE UNIQUE INDEX duplicate_dismissals_pk ON public.duplicate_dismissals USING btree (person_id, other_id)
CREATE UNIQUE INDEX import_mappings_pk ON public.import_mappings USING btree (owner_id, header_key)
CREATE INDEX import_reports_owner_created ON public.import_reports USING btree (owner_id, created_at)
CREATE UNIQUE INDEX import_reports_pkey ON public.import_reports USING btree (id)
CREATE UNIQUE INDEX instance_settings_pkey ON public.instance_settings USING btree (key)
CREATE UNIQUE INDEX invitations_pkey ON public.invitations USING btree (token_hash)
CREATE UNIQUE INDEX kysely_migration_pkey ON public.kysely_migration USING btree (name)
CREATE UNIQUE INDEX kysely_migration_lock_pkey ON public.kysely_migration_lock USING btree (id)
CREATE UNIQUE INDEX mail_accounts_pkey ON public.mail_accounts USING btree (owner_id)
CREATE UNIQUE INDEX mail_findings_once ON public.mail_findings USING btree (owner_id, header_message_id, kind)
CREATE INDEX mail_findings_person ON public.mail_findings USING btree (owner_id, person_id)
CREATE UNIQUE INDEX mail_findings_pkey ON public.mail_findings USING btree (id)
CREATE INDEX mcp_confirmations_account ON public.mcp_confirmations USING btree (account_id, expires_at)
CREATE UNIQUE INDEX mcp_confirmations_pkey ON public.mcp_confirmations USING btree (token_hash)
CREATE INDEX meetings_owner ON public.meetings USING btree (owner_id)
CREATE UNIQUE INDEX meetings_pkey ON public.meetings USING btree (conversation_id)
CREATE UNIQUE INDEX message_templates_pk ON public.message_templates USING btree (owner_id, key)
CREATE INDEX messages_conversation ON public.messages USING btree (conversation_id)
CREATE INDEX messages_owner_person ON public.messages USING btree (owner_id, person_id)
CREATE INDEX messages_owner_person_status ON public.messages USING btree (owner_id, person_id, status)
CREATE INDEX messages_owner_status ON public.messages USING btree (owner_id, status)
CREATE UNIQUE INDEX messages_pkey ON public.messages USING btree (id)
CREATE INDEX organization_careers_career ON public.organization_careers USING btree (career_id)
CREATE INDEX organization_careers_owner ON public.organization_careers USING btree (owner_id)
CREATE UNIQUE INDEX organization_careers_pk ON public.organization_careers USING btree (organization_id, career_id)
CREATE INDEX organizations_owner_name ON public.organizations USING btree (owner_id, name_key)
CREATE UNIQUE INDEX organizations_pkey ON public.organizations USING btree (id)
CREATE UNIQUE INDEX password_resets_pkey ON public.password_resets USING btree (token_hash)
CREATE INDEX pay_entries_career ON public.pay_entries USING btree (owner_id, career_id)
CREATE INDEX pay_entries_conversation ON public.pay_entries USING btree (conversation_id)
CREATE UNIQUE INDEX pay_entries_pkey ON public.pay_entries USING btree (id)
CREATE INDEX people_organization ON public.people USING btree (organization_id)
CREATE INDEX people_owner_linkedin ON public.people USING btree (owner_id, linkedin_url)
CREATE INDEX people_owner_name_id ON public.people USING btree (owner_id, name_key, id)
CREATE INDEX people_owner_organization ON public.people USING btree (owner_id, organization_id, name_key)
CREATE INDEX people_owner_recent_id ON public.people USING btree (owner_id, updated_at DESC, id)
CREATE INDEX people_owner_referred_by ON public.people USING btree (owner_id, referred_by_id) WHERE (referred_by_id IS NOT NULL)
CREATE UNIQUE INDEX people_pkey ON public.people USING btree (id)
CREATE INDEX people_referred_by ON public.people USING btree (referred_by_id)
CREATE INDEX person_careers_career ON public.person_careers USING btree (career_id)
CREATE INDEX person_careers_owner ON public.person_careers USING btree (owner_id)
CREATE UNIQUE INDEX person_careers_pk ON public.person_careers USING btree (person_id, career_id)
CREATE INDEX person_merges_kept ON public.person_merges USING btree (kept_person_id)
CREATE UNIQUE INDEX person_merges_owner_seq ON public.person_merges USING btree (owner_id, seq)
CREATE UNIQUE INDEX person_merges_pkey ON public.person_merges USING btree (id)
CREATE INDEX plan_items_conversation ON public.plan_items USING btree (conversation_id, "position")
CREATE INDEX plan_items_owner_state ON public.plan_items USING btree (owner_id, state)
CREATE UNIQUE INDEX plan_items_pkey ON public.plan_items USING btree (id)
CREATE INDEX plan_items_question ON public.plan_items USING btree (question_id)
CREATE INDEX questions_owner ON public.questions USING btree (owner_id, career_id)
CREATE UNIQUE INDEX questions_owner_seed ON public.questions USING btree (owner_id, seed_key)
CREATE UNIQUE INDEX questions_pkey ON public.questions USING btree (id)
CREATE INDEX reflections_owner ON public.reflections USING btree (owner_id)
CREATE UNIQUE INDEX reflections_pkey ON public.reflections USING btree (conversation_id)
CREATE INDEX search_documents_named_newest ON public.search_documents USING btree (owner_id, id) WHERE (kind = ANY (ARRAY['person'::text, 'organization'::text, 'career'::text]))
CREATE INDEX search_documents_named_tsv ON public.search_documents USING gin (tsv) WHERE (kind = ANY (ARRAY['person'::text, 'organization'::text, 'career'::text]))
CREATE INDEX search_documents_owner_newest ON public.search_documents USING btree (owner_id, id)
CREATE UNIQUE INDEX search_documents_pkey ON public.search_documents USING btree (id)
CREATE UNIQUE INDEX search_documents_record ON public.search_documents USING btree (owner_id, kind, record_id)
CREATE INDEX search_documents_tsv ON public.search_documents USING gin (tsv)
CREATE UNIQUE INDEX search_lexemes_pkey ON public.search_lexemes USING btree (lexeme)
CREATE INDEX search_lexemes_prefix ON public.search_lexemes USING btree (lexeme text_pattern_ops)
CREATE INDEX sessions_account ON public.sessions USING btree (account_id)
CREATE UNIQUE INDEX sessions_pkey ON public.sessions USING btree (token_hash)
CREATE UNIQUE INDEX settings_pk ON public.settings USING btree (owner_id, key)
CREATE UNIQUE INDEX sign_in_throttle_pkey ON public.sign_in_throttle USING btree (key)
CREATE UNIQUE INDEX smtp_accounts_pkey ON public.smtp_accounts USING btree (owner_id)

-- functions
CREATE OR REPLACE FUNCTION public.search_documents_lexemes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      begin
        insert into search_lexemes (lexeme)
          select distinct unnest(tsvector_to_array(tsv)) from added order by 1
          on conflict do nothing;
        return null;
      end $function$


-- triggers
CREATE TRIGGER search_documents_lexemes_ai AFTER INSERT ON public.search_documents REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_documents_lexemes()
CREATE TRIGGER search_documents_lexemes_au AFTER UPDATE ON public.search_documents REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_documents_lexemes()
