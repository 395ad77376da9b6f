import { ImapFlow } from 'imapflow'
import type { Ctx } from '../context.ts'
import { UpstreamError } from '../errors.ts'
import { newId } from '../ids.ts'
import { markSent } from '../outreach/sending.ts'
import { classifyMail, type Headers, parseHeaders, referencedIds } from './classify.ts'
import { firstLinesOf } from './first-lines.ts'
import { confirmFinding } from './proposals.ts'
import {
  insertFinding,
  selectDraftsOf,
  selectKnownAddresses,
  selectMailAccount,
  selectMessagesByHeaderIds,
  updateMailProgress,
} from './repo.ts'
import type { MailCheckResult } from './schema.ts'
import { type MailAccount, mailAccount } from './settings.ts'

/** The IMAP server refused or failed, said so the explorer knows what to do. */
export class MailError extends UpstreamError {
  readonly reason: 'auth' | 'connection' | 'server'
  constructor(message: string, reason: 'auth' | 'connection' | 'server') {
    super(message)
    this.reason = reason
  }
}

/** How far back the first check of a folder looks. */
const FIRST_CHECK_DAYS = 60
const PREVIEW_BYTES = 4096

interface FolderSeen {
  uidValidity: string
  lastUid: number
}

/**
 * Reads the headers (and the first lines) of the mail that came in or went
 * out since the last check, READ-ONLY (EXAMINE: nothing is flagged, moved or
 * deleted), and keeps only what concerns known people. Progress is saved
 * after each message, so a dropped connection loses nothing already found.
 *
 * @example const { found, error } = await checkMail(ctx)
 */
export function checkMail(ctx: Ctx): Promise<MailCheckResult> {
  // One check per mailbox at a time: "Check now" during the timer's run joins it.
  const running = inFlight.get(ctx.ownerId)
  if (running) return running
  const run = readMailbox(ctx).finally(() => inFlight.delete(ctx.ownerId))
  inFlight.set(ctx.ownerId, run)
  return run
}

const inFlight = new Map<string, Promise<MailCheckResult>>()

async function readMailbox(ctx: Ctx): Promise<MailCheckResult> {
  const account = await mailAccount(ctx)
  const row = await selectMailAccount(ctx)
  const seen = JSON.parse(row?.folders_seen ?? '{}') as Record<string, FolderSeen>
  const autoConfirm = row?.auto_confirm === 1
  const result = { found: 0, applied: 0, error: null as string | null }
  const client = imapClient(account)
  try {
    await client.connect().catch((error: unknown) => {
      throw explain(error, account)
    })
    const folders = await client.list()
    const sent = folders.find((f) => f.specialUse === '\\Sent')
    const targets = [
      { path: 'INBOX', sent: false },
      ...(sent ? [{ path: sent.path, sent: true }] : []),
    ]
    const known = await selectKnownAddresses(ctx)
    for (const target of targets) {
      const lock = await client.getMailboxLock(target.path, { readOnly: true })
      try {
        const mailbox = client.mailbox
        const uidValidity = mailbox ? String(mailbox.uidValidity) : ''
        const previous = seen[target.path]
        const from = previous && previous.uidValidity === uidValidity ? previous.lastUid : 0
        const since = new Date(ctx.now().getTime() - FIRST_CHECK_DAYS * 86_400_000)
        const range = from > 0 ? { uid: `${from + 1}:*` } : { since }
        for await (const message of client.fetch(
          range,
          {
            uid: true,
            envelope: true,
            headers: true,
            internalDate: true,
            bodyParts: [{ key: 'TEXT', start: 0, maxLength: PREVIEW_BYTES }],
          },
          { uid: true },
        )) {
          if (message.uid <= from) continue
          const headers = parseHeaders(message.headers?.toString('utf8') ?? '')
          const text = [...(message.bodyParts?.values() ?? [])][0]?.toString('utf8') ?? ''
          const mailAt = new Date(
            message.envelope?.date ?? message.internalDate ?? ctx.now(),
          ).toISOString()
          const mail: FetchedMail = { headers, text, mailAt, folder: target.path }
          const outcome = target.sent
            ? await takeSent(ctx, known, mail)
            : await takeIncoming(ctx, known, mail, autoConfirm)
          result.found += outcome.found
          result.applied += outcome.applied
          seen[target.path] = {
            uidValidity,
            lastUid: Math.max(message.uid, seen[target.path]?.lastUid ?? 0),
          }
          await updateMailProgress(ctx, { folders_seen: JSON.stringify(seen) })
        }
        if (!seen[target.path]) seen[target.path] = { uidValidity, lastUid: from }
      } finally {
        lock.release()
      }
    }
    await client.logout().catch(() => undefined)
  } catch (error) {
    client.close()
    result.error = explain(error, account).message
  }
  await updateMailProgress(ctx, {
    folders_seen: JSON.stringify(seen),
    checked_at: ctx.now().toISOString(),
    last_error: result.error,
  })
  return result
}

function imapClient(account: MailAccount): ImapFlow {
  return new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.security === 'tls',
    doSTARTTLS: account.security === 'tls' ? undefined : false,
    auth: { user: account.username, pass: account.password },
    // Off: the log would carry the sign-in.
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  })
}

function explain(error: unknown, account: MailAccount): MailError {
  if (error instanceof MailError) return error
  const e = error as { authenticationFailed?: boolean; code?: string; message?: string }
  if (e.authenticationFailed) {
    return new MailError(
      `${account.host} refused the user name or password for ${account.username}; with Gmail, Outlook, iCloud or Fastmail use an app password`,
      'auth',
    )
  }
  if (
    e.code === 'ECONNREFUSED' ||
    e.code === 'ENOTFOUND' ||
    e.code === 'ETIMEDOUT' ||
    e.code === 'EHOSTUNREACH'
  ) {
    return new MailError(
      `could not reach ${account.host}:${account.port} (${e.code}); check the host and port`,
      'connection',
    )
  }
  return new MailError(
    `the connection to ${account.host} broke off (${e.code ?? e.message ?? 'no reason given'}); what was found so far is kept, check again later`,
    'server',
  )
}

type Outcome = { found: number; applied: number }

/** One mail as fetched from a folder: its headers, the start of its text, when it was sent. */
interface FetchedMail {
  headers: Headers
  text: string
  mailAt: string
  folder: string
}

/** What every finding says of the mail it came from. */
function findingOf(ctx: Ctx, { headers, mailAt, folder }: FetchedMail) {
  return {
    folder,
    header_message_id: messageIdOf(headers),
    subject: (headers.get('subject') ?? '').slice(0, 300),
    mail_at: mailAt,
    created_at: ctx.now().toISOString(),
  }
}

async function takeIncoming(
  ctx: Ctx,
  known: Map<string, string>,
  mail: FetchedMail,
  autoConfirm: boolean,
): Promise<Outcome> {
  const { headers, text } = mail
  const nature = classifyMail(headers, text)
  const base = findingOf(ctx, mail)
  if (nature.nature === 'bounce') {
    const address = nature.failedRecipients.find((a) => known.has(a))
    const personId = address ? known.get(address) : undefined
    if (!address || !personId) return { found: 0, applied: 0 }
    const id = newId(ctx.now())
    const added = await insertFinding(ctx, {
      ...base,
      id,
      person_id: personId,
      kind: 'bounce',
      status: 'proposed',
      address,
      first_lines: firstLinesOf(text, headers),
      absent_until: null,
      message_id: null,
    })
    return { found: added ? 1 : 0, applied: 0 }
  }
  const from = addressOf(headers.get('from') ?? '')
  const ours = await selectMessagesByHeaderIds(ctx, referencedIds(headers))
  const personId = known.get(from) ?? ours[0]?.person_id
  if (!personId) return { found: 0, applied: 0 }
  const id = newId(ctx.now())
  const auto = nature.nature === 'auto_reply'
  const added = await insertFinding(ctx, {
    ...base,
    id,
    person_id: personId,
    kind: auto ? 'auto_reply' : 'reply',
    status: 'proposed',
    address: from,
    first_lines: firstLinesOf(text, headers),
    absent_until: auto ? nature.absentUntil : null,
    message_id: ours.find((m) => m.person_id === personId)?.id ?? null,
  })
  if (!added) return { found: 0, applied: 0 }
  if (!auto && autoConfirm) {
    const confirmed = await confirmFinding(ctx, id).then(
      () => true,
      () => false,
    )
    return { found: 1, applied: confirmed ? 1 : 0 }
  }
  return { found: 1, applied: 0 }
}

async function takeSent(ctx: Ctx, known: Map<string, string>, mail: FetchedMail): Promise<Outcome> {
  const { headers, text, mailAt } = mail
  const recipients = `${headers.get('to') ?? ''},${headers.get('cc') ?? ''}`
    .split(',')
    .map(addressOf)
    .filter((a) => known.has(a))
  const address = recipients[0]
  const personId = address ? known.get(address) : undefined
  if (!address || !personId) return { found: 0, applied: 0 }
  const subject = headers.get('subject') ?? ''
  const drafts = await selectDraftsOf(ctx, personId)
  const draft = drafts.find((d) => bareSubject(d.subject) === bareSubject(subject))
  const id = newId(ctx.now())
  let applied = false
  if (draft) {
    applied = await markSent(ctx, draft.id, { channel: 'other', sentAt: mailAt }).then(
      () => true,
      () => false,
    )
  }
  const added = await insertFinding(ctx, {
    ...findingOf(ctx, mail),
    id,
    person_id: personId,
    kind: applied ? 'sent_draft' : 'sent_outside',
    status: applied ? 'applied' : 'proposed',
    address,
    first_lines: firstLinesOf(text, headers),
    absent_until: null,
    message_id: applied && draft ? draft.id : null,
  })
  return { found: added ? 1 : 0, applied: added && applied ? 1 : 0 }
}

function messageIdOf(headers: Headers): string {
  const raw = headers.get('message-id') ?? ''
  const id = /<([^<>\s]+)>/.exec(raw)?.[1] ?? raw.trim()
  return id || `no-id:${headers.get('date') ?? ''}:${headers.get('subject') ?? ''}`
}

function addressOf(field: string): string {
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(field)?.[1]
  return (
    angled ??
    field
      .trim()
      .split(/\s+/)
      .find((w) => w.includes('@')) ??
    ''
  )
    .replace(/^["']|["']$/g, '')
    .toLowerCase()
}

function bareSubject(subject: string): string {
  return subject
    .replace(/^\s*((re|aw|fwd?|wg|tr)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase()
}
