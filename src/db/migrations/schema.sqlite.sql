-- index access_tokens_account
CREATE INDEX "access_tokens_account" on "access_tokens" ("account_id");

-- index calendar_events_owner
CREATE INDEX "calendar_events_owner" on "calendar_events" ("owner_id");

-- index careers_owner_name
CREATE INDEX "careers_owner_name" on "careers" ("owner_id", "name_key");

-- index careers_parent
CREATE INDEX "careers_parent" on "careers" ("parent_id");

-- index conversation_careers_career
CREATE INDEX "conversation_careers_career" on "conversation_careers" ("career_id");

-- index conversation_careers_owner
CREATE INDEX "conversation_careers_owner" on "conversation_careers" ("owner_id");

-- index conversations_owner_person_status
CREATE INDEX "conversations_owner_person_status" on "conversations" ("owner_id", "person_id", "status");

-- index conversations_owner_scheduled
CREATE INDEX "conversations_owner_scheduled" on "conversations" ("owner_id", "scheduled_at");

-- index conversations_owner_status
CREATE INDEX "conversations_owner_status" on "conversations" ("owner_id", "status");

-- index conversations_person
CREATE INDEX "conversations_person" on "conversations" ("person_id");

-- index duplicate_dismissals_other
CREATE INDEX "duplicate_dismissals_other" on "duplicate_dismissals" ("other_id");

-- index duplicate_dismissals_owner
CREATE INDEX "duplicate_dismissals_owner" on "duplicate_dismissals" ("owner_id", "person_id");

-- index import_reports_owner_created
CREATE INDEX "import_reports_owner_created" on "import_reports" ("owner_id", "created_at");

-- index mail_findings_once
CREATE UNIQUE INDEX "mail_findings_once" on "mail_findings" ("owner_id", "header_message_id", "kind");

-- index mail_findings_person
CREATE INDEX "mail_findings_person" on "mail_findings" ("owner_id", "person_id");

-- index mcp_confirmations_account
CREATE INDEX "mcp_confirmations_account" on "mcp_confirmations" ("account_id", "expires_at");

-- index meetings_owner
CREATE INDEX "meetings_owner" on "meetings" ("owner_id");

-- index messages_conversation
CREATE INDEX "messages_conversation" on "messages" ("conversation_id");

-- index messages_owner_person
CREATE INDEX "messages_owner_person" on "messages" ("owner_id", "person_id");

-- index messages_owner_person_status
CREATE INDEX "messages_owner_person_status" on "messages" ("owner_id", "person_id", "status");

-- index messages_owner_status
CREATE INDEX "messages_owner_status" on "messages" ("owner_id", "status");

-- index organization_careers_career
CREATE INDEX "organization_careers_career" on "organization_careers" ("career_id");

-- index organization_careers_owner
CREATE INDEX "organization_careers_owner" on "organization_careers" ("owner_id");

-- index organizations_owner_name
CREATE INDEX "organizations_owner_name" on "organizations" ("owner_id", "name_key");

-- index pay_entries_career
CREATE INDEX "pay_entries_career" on "pay_entries" ("owner_id", "career_id");

-- index pay_entries_conversation
CREATE INDEX "pay_entries_conversation" on "pay_entries" ("conversation_id");

-- index people_organization
CREATE INDEX "people_organization" on "people" ("organization_id");

-- index people_owner_linkedin
CREATE INDEX "people_owner_linkedin" on "people" ("owner_id", "linkedin_url");

-- index people_owner_name_id
CREATE INDEX "people_owner_name_id" on "people" ("owner_id", "name_key", "id");

-- index people_owner_organization
CREATE INDEX "people_owner_organization" on "people" ("owner_id", "organization_id", "name_key");

-- index people_owner_recent_id
CREATE INDEX "people_owner_recent_id" on "people" ("owner_id", "updated_at" desc, "id");

-- index people_owner_referred_by
CREATE INDEX "people_owner_referred_by" on "people" ("owner_id", "referred_by_id") where "referred_by_id" is not null;

-- index people_referred_by
CREATE INDEX "people_referred_by" on "people" ("referred_by_id");

-- index person_careers_career
CREATE INDEX "person_careers_career" on "person_careers" ("career_id");

-- index person_careers_owner
CREATE INDEX "person_careers_owner" on "person_careers" ("owner_id");

-- index person_merges_kept
CREATE INDEX "person_merges_kept" on "person_merges" ("kept_person_id");

-- index person_merges_owner_seq
CREATE UNIQUE INDEX "person_merges_owner_seq" on "person_merges" ("owner_id", "seq");

-- index plan_items_conversation
CREATE INDEX "plan_items_conversation" on "plan_items" ("conversation_id", "position");

-- index plan_items_owner_state
CREATE INDEX "plan_items_owner_state" on "plan_items" ("owner_id", "state");

-- index plan_items_question
CREATE INDEX "plan_items_question" on "plan_items" ("question_id");

-- index questions_owner
CREATE INDEX "questions_owner" on "questions" ("owner_id", "career_id");

-- index questions_owner_seed
CREATE UNIQUE INDEX "questions_owner_seed" on "questions" ("owner_id", "seed_key");

-- index reflections_owner
CREATE INDEX "reflections_owner" on "reflections" ("owner_id");

-- index sessions_account
CREATE INDEX "sessions_account" on "sessions" ("account_id");

-- table access_tokens
CREATE TABLE "access_tokens" ("id" text primary key, "account_id" text not null references "accounts" ("id") on delete cascade, "name" text not null, "scope" text not null, "token_hash" text not null unique, "token_prefix" text not null, "created_at" text not null, "last_used_at" text, "expires_at" text);

-- table accounts
CREATE TABLE "accounts" ("id" text primary key, "email" text unique, "display_name" text not null, "created_at" text not null, "password_hash" text, "role" text default 'member' not null, "disabled_at" text, "last_sign_in_at" text);

-- table calendar_events
CREATE TABLE "calendar_events" ("conversation_id" text primary key references "conversations" ("id") on delete cascade, "owner_id" text not null references "accounts" ("id") on delete cascade, "sequence" integer not null, "fingerprint" text not null, "changed_at" text not null);

-- table calendar_feeds
CREATE TABLE "calendar_feeds" ("owner_id" text primary key references "accounts" ("id") on delete cascade, "token_hash" text not null unique, "token_prefix" text not null, "created_at" text not null);

-- table careers
CREATE TABLE "careers" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "parent_id" text references "careers" ("id") on delete restrict, "name" text not null, "name_key" text not null, "status" text not null, "hypothesis" text not null, "notes" text not null, "created_at" text not null, "updated_at" text not null);

-- table conversation_careers
CREATE TABLE "conversation_careers" ("owner_id" text not null references "accounts" ("id") on delete cascade, "conversation_id" text not null references "conversations" ("id") on delete cascade, "career_id" text not null references "careers" ("id") on delete cascade, constraint "conversation_careers_pk" primary key ("conversation_id", "career_id"));

-- table conversations
CREATE TABLE "conversations" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "person_id" text not null references "people" ("id") on delete cascade, "status" text not null, "status_changed_at" text not null, "scheduled_at" text, "time_zone" text, "duration_minutes" integer not null, "format" text, "place" text not null, "notes" text not null, "created_at" text not null, "updated_at" text not null);

-- table digests
CREATE TABLE "digests" ("account_id" text not null references "accounts" ("id") on delete cascade, "day" text not null, "sent_at" text not null, "items" integer not null, constraint "digests_pk" primary key ("account_id", "day"));

-- table duplicate_dismissals
CREATE TABLE "duplicate_dismissals" ("owner_id" text not null references "accounts" ("id") on delete cascade, "person_id" text not null references "people" ("id") on delete cascade, "other_id" text not null references "people" ("id") on delete cascade, "created_at" text not null, constraint "duplicate_dismissals_pk" primary key ("person_id", "other_id"));

-- table import_mappings
CREATE TABLE "import_mappings" ("owner_id" text not null references "accounts" ("id") on delete cascade, "header_key" text not null, "header" text not null, "mapping" text not null, "updated_at" text not null, constraint "import_mappings_pk" primary key ("owner_id", "header_key"));

-- table import_reports
CREATE TABLE "import_reports" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "created_at" text not null, "filename" text not null, "dry_run" integer not null, "report_gzip_base64" text not null);

-- table instance_settings
CREATE TABLE "instance_settings" ("key" text primary key, "value" text not null);

-- table invitations
CREATE TABLE "invitations" ("token_hash" text primary key, "email" text not null, "invited_by" text references "accounts" ("id") on delete set null, "created_at" text not null, "expires_at" text not null, "accepted_at" text);

-- table kysely_migration
CREATE TABLE "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);

-- table kysely_migration_lock
CREATE TABLE "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);

-- table mail_accounts
CREATE TABLE "mail_accounts" ("owner_id" text primary key references "accounts" ("id") on delete cascade, "host" text not null, "port" integer not null, "security" text not null, "username" text not null, "password_encrypted" text, "auto_confirm" integer default 0 not null, "folders_seen" text default '{}' not null, "checked_at" text, "last_error" text, "updated_at" text not null);

-- table mail_findings
CREATE TABLE "mail_findings" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "person_id" text not null references "people" ("id") on delete cascade, "kind" text not null, "status" text not null, "folder" text not null, "header_message_id" text not null, "address" text not null, "subject" text not null, "first_lines" text not null, "mail_at" text not null, "absent_until" text, "message_id" text, "created_at" text not null);

-- table mcp_confirmations
CREATE TABLE "mcp_confirmations" ("token_hash" text primary key, "account_id" text not null references "accounts" ("id") on delete cascade, "tool" text not null, "binding" text not null, "created_at" text not null, "expires_at" text not null);

-- table meetings
CREATE TABLE "meetings" ("conversation_id" text primary key references "conversations" ("id") on delete cascade, "owner_id" text not null references "accounts" ("id") on delete cascade, "research_notes" text not null, "free_notes" text not null, "started_at" text, "ended_at" text, "updated_at" text not null, "field_times" text default '{}' not null);

-- table message_templates
CREATE TABLE "message_templates" ("owner_id" text not null references "accounts" ("id") on delete cascade, "key" text not null, "subject" text not null, "body" text not null, "updated_at" text not null, constraint "message_templates_pk" primary key ("owner_id", "key"));

-- table messages
CREATE TABLE "messages" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "person_id" text not null references "people" ("id") on delete cascade, "conversation_id" text references "conversations" ("id") on delete set null, "kind" text not null, "recipient" text, "subject" text not null, "body" text not null, "status" text not null, "channel" text, "template_key" text, "sent_at" text, "replied_at" text, "smtp_message_id" text, "created_at" text not null, "updated_at" text not null, "override_reason" text, "sent_effect" text, "field_times" text default '{}' not null);

-- table organization_careers
CREATE TABLE "organization_careers" ("owner_id" text not null references "accounts" ("id") on delete cascade, "organization_id" text not null references "organizations" ("id") on delete cascade, "career_id" text not null references "careers" ("id") on delete cascade, constraint "organization_careers_pk" primary key ("organization_id", "career_id"));

-- table organizations
CREATE TABLE "organizations" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "name" text not null, "name_key" text not null, "website" text, "industry" text not null, "notes" text not null, "advocacy" integer not null, "motivation" integer, "posting" integer, "created_at" text not null, "updated_at" text not null);

-- table password_resets
CREATE TABLE "password_resets" ("token_hash" text primary key, "account_id" text not null references "accounts" ("id") on delete cascade, "created_at" text not null, "expires_at" text not null, "used_at" text);

-- table pay_entries
CREATE TABLE "pay_entries" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "conversation_id" text not null references "conversations" ("id") on delete cascade, "career_id" text references "careers" ("id") on delete set null, "low" integer, "high" integer, "currency" text not null, "period" text not null, "level" text not null, "location" text not null, "year" integer, "note" text not null, "position" integer not null, "created_at" text not null);

-- table people
CREATE TABLE "people" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "name" text not null, "name_key" text not null, "first_name" text, "organization_id" text references "organizations" ("id") on delete set null, "title" text not null, "connection" text not null, "connection_note" text not null, "source" text not null, "linkedin_url" text, "emails" text not null, "phones" text not null, "tags" text not null, "notes" text not null, "referred_by_id" text references "people" ("id") on delete set null, "created_at" text not null, "updated_at" text not null, "birthday" text, "websites" text default '[]' not null, "profiles" text default '[]' not null);

-- table person_careers
CREATE TABLE "person_careers" ("owner_id" text not null references "accounts" ("id") on delete cascade, "person_id" text not null references "people" ("id") on delete cascade, "career_id" text not null references "careers" ("id") on delete cascade, constraint "person_careers_pk" primary key ("person_id", "career_id"));

-- table person_merges
CREATE TABLE "person_merges" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "kept_person_id" text not null references "people" ("id") on delete cascade, "removed_person_id" text not null, "removed_name" text not null, "undo" text not null, "created_at" text not null, "seq" integer not null);

-- table plan_items
CREATE TABLE "plan_items" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "conversation_id" text not null references "conversations" ("id") on delete cascade, "question_id" text references "questions" ("id") on delete set null, "text" text not null, "topic" text not null, "position" integer not null, "state" text not null, "answer" text not null, "asked_at" text, "created_at" text not null, "updated_at" text not null, "field_times" text default '{}' not null);

-- table questions
CREATE TABLE "questions" ("id" text primary key, "owner_id" text not null references "accounts" ("id") on delete cascade, "text" text not null, "topic" text not null, "tiara" text not null, "specificity" text not null, "career_id" text references "careers" ("id") on delete set null, "origin" text not null, "seed_key" text, "raised_in_conversation_id" text references "conversations" ("id") on delete set null, "rating" integer, "retired_at" text, "created_at" text not null, "updated_at" text not null);

-- table reflections
CREATE TABLE "reflections" ("conversation_id" text primary key references "conversations" ("id") on delete cascade, "owner_id" text not null references "accounts" ("id") on delete cascade, "takeaways" text not null, "surprises" text not null, "aha" text not null, "pros" text not null, "cons" text not null, "day_to_day" text not null, "training" text not null, "fit_rating" integer, "hypothesis_change" text not null, "next_people" text not null, "completed_at" text, "created_at" text not null, "updated_at" text not null, "field_times" text default '{}' not null);

-- table search_documents
CREATE TABLE "search_documents" ("id" integer primary key autoincrement, "owner_id" text not null references "accounts" ("id") on delete cascade, "kind" text not null, "record_id" text not null, "title" text not null, "body" text not null, "title_folded" text not null, "body_folded" text not null, constraint "search_documents_record" unique ("owner_id", "kind", "record_id"));

-- table search_fts
CREATE VIRTUAL TABLE search_fts using fts5(
      title_folded, body_folded, content='search_documents', content_rowid='id',
      tokenize = 'unicode61 remove_diacritics 2');

-- table search_fts_config
CREATE TABLE 'search_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_data
CREATE TABLE 'search_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_docsize
CREATE TABLE 'search_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_idx
CREATE TABLE 'search_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_named_fts
CREATE VIRTUAL TABLE search_named_fts using fts5(
    title_folded, body_folded, content='search_documents', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2');

-- table search_named_fts_config
CREATE TABLE 'search_named_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_named_fts_data
CREATE TABLE 'search_named_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_named_fts_docsize
CREATE TABLE 'search_named_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_named_fts_idx
CREATE TABLE 'search_named_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_recent
CREATE TABLE search_recent (floor integer not null);

-- table search_recent_fts
CREATE VIRTUAL TABLE search_recent_fts using fts5(
    title_folded, body_folded, content='search_documents', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

-- table search_recent_fts_config
CREATE TABLE 'search_recent_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_recent_fts_data
CREATE TABLE 'search_recent_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_recent_fts_docsize
CREATE TABLE 'search_recent_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_recent_fts_idx
CREATE TABLE 'search_recent_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table sessions
CREATE TABLE "sessions" ("token_hash" text primary key, "account_id" text not null references "accounts" ("id") on delete cascade, "created_at" text not null, "last_seen_at" text not null, "expires_at" text not null);

-- table settings
CREATE TABLE "settings" ("owner_id" text not null references "accounts" ("id") on delete cascade, "key" text not null, "value" text not null, "updated_at" text not null, constraint "settings_pk" primary key ("owner_id", "key"));

-- table sign_in_throttle
CREATE TABLE "sign_in_throttle" ("key" text primary key, "window_started_at" text not null, "failures" integer not null);

-- table smtp_accounts
CREATE TABLE "smtp_accounts" ("owner_id" text primary key references "accounts" ("id") on delete cascade, "host" text not null, "port" integer not null, "security" text not null, "username" text not null, "password_encrypted" text, "from_name" text not null, "from_address" text not null, "updated_at" text not null);

-- trigger search_documents_ad
CREATE TRIGGER search_documents_ad after delete on search_documents begin
      insert into search_fts(search_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end;

-- trigger search_documents_ai
CREATE TRIGGER search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end;

-- trigger search_documents_au
CREATE TRIGGER search_documents_au after update on search_documents begin
      insert into search_fts(search_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
      insert into search_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end;

-- trigger search_documents_named_ad
CREATE TRIGGER search_documents_named_ad after delete on search_documents
    when old.kind in ('person', 'organization', 'career') begin
      insert into search_named_fts(search_named_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end;

-- trigger search_documents_named_ai
CREATE TRIGGER search_documents_named_ai after insert on search_documents
    when new.kind in ('person', 'organization', 'career') begin
      insert into search_named_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end;

-- trigger search_documents_named_au
CREATE TRIGGER search_documents_named_au after update on search_documents
    when old.kind in ('person', 'organization', 'career') or new.kind in ('person', 'organization', 'career') begin
      insert into search_named_fts(search_named_fts, rowid, title_folded, body_folded)
        select 'delete', old.id, old.title_folded, old.body_folded where old.kind in ('person', 'organization', 'career');
      insert into search_named_fts(rowid, title_folded, body_folded)
        select new.id, new.title_folded, new.body_folded where new.kind in ('person', 'organization', 'career');
    end;

-- trigger search_documents_recent_ad
CREATE TRIGGER search_documents_recent_ad after delete on search_documents
    when old.id >= (select floor from search_recent) begin
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end;

-- trigger search_documents_recent_ai
CREATE TRIGGER search_documents_recent_ai after insert on search_documents begin
      insert into search_recent_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        select 'delete', d.id, d.title_folded, d.body_folded from search_documents d
        where new.id % 1000 = 0
          and d.id >= (select floor from search_recent) and d.id < new.id - 20000;
      update search_recent set floor = new.id - 20000
        where new.id % 1000 = 0 and floor < new.id - 20000;
    end;

-- trigger search_documents_recent_au
CREATE TRIGGER search_documents_recent_au after update on search_documents
    when old.id >= (select floor from search_recent) begin
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
      insert into search_recent_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end;
