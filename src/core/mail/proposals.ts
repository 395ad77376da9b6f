import { type Ctx, inTransaction } from '../context.ts'
import { NotFoundError } from '../errors.ts'
import { personOutreach } from '../outreach/cadence-service.ts'
import { recordReply } from '../outreach/replies.ts'
import { markSent } from '../outreach/sending.ts'
import { createDraft } from '../outreach/service.ts'
import { getPerson } from '../people/service.ts'
import { storedEnum } from '../shared/schema.ts'
import {
  type MailFindingRow,
  selectBouncedAddresses,
  selectFinding,
  selectFindings,
  setFindingStatus,
} from './repo.ts'
import { findingKinds, findingStatuses, type MailFinding } from './schema.ts'

/**
 * What a mail check found about known people, newest first: the proposals
 * the explorer confirms or dismisses, and what was applied at once.
 *
 * @example const waiting = await listFindings(ctx, { status: 'proposed' })
 */
export async function listFindings(
  ctx: Ctx,
  filter: { personId?: string; status?: string } = {},
): Promise<MailFinding[]> {
  return (await selectFindings(ctx, filter)).map(toFinding)
}

/**
 * Confirms a proposal. A reply is recorded as the manual "record reply" does
 * (the cadence moves, booster/obligate follows from the timing); an
 * auto-reply or a bounce is acknowledged (both already count: the absence
 * moves the follow-up, the address shows as bouncing until dismissed); mail
 * sent outside coffeechat is recorded as a sent message at its real time.
 */
export async function confirmFinding(ctx: Ctx, id: string): Promise<MailFinding> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireFinding(tx, id)
    if (row.status !== 'proposed') return
    let messageId = row.message_id
    if (row.kind === 'reply') {
      await recordReply(
        tx,
        row.message_id
          ? { messageId: row.message_id, repliedAt: row.mail_at }
          : { personId: row.person_id, repliedAt: row.mail_at },
      )
    } else if (row.kind === 'sent_outside') {
      messageId = await recordSentOutside(tx, row)
    }
    await setFindingStatus(tx, id, 'confirmed', messageId)
  })
  return toFinding(await requireFinding(ctx, id))
}

/**
 * A message the explorer wrote from their own mail client becomes one sent
 * from coffeechat at its real time: an outreach to someone not written to
 * yet, a follow-up when they have not answered the last attempt (so the 3B7
 * cadence and the attempt limit count it), a check-in to someone who already
 * replied (it starts no new chase).
 */
async function recordSentOutside(tx: Ctx, row: MailFindingRow): Promise<string> {
  const outreach = await personOutreach(tx, row.person_id)
  const kind = outreach.attempts === 0 ? 'outreach' : outreach.repliedAt ? 'check-in' : 'follow-up'
  const draft = await createDraft(tx, {
    kind,
    personId: row.person_id,
    to: row.address,
    subject: row.subject.trim() || '(no subject)',
    body:
      row.first_lines.trim() ||
      '(Sent from your own mail client; coffeechat keeps only the first lines.)',
  })
  await markSent(tx, draft.id, { channel: 'other', sentAt: row.mail_at })
  return draft.id
}

/**
 * Dismisses a proposal: it stays found (so a later check does not propose it
 * again) but counts for nothing — a dismissed auto-reply no longer moves the
 * follow-up, a dismissed bounce no longer marks the address.
 */
export async function dismissFinding(ctx: Ctx, id: string): Promise<MailFinding> {
  const row = await requireFinding(ctx, id)
  if (row.status === 'proposed') await setFindingStatus(ctx, id, 'dismissed')
  return toFinding(await requireFinding(ctx, id))
}

async function requireFinding(ctx: Ctx, id: string): Promise<MailFindingRow> {
  const row = await selectFinding(ctx, id)
  if (!row) throw new NotFoundError('mail finding', id)
  return row
}

function toFinding(row: MailFindingRow): MailFinding {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    kind: storedEnum(findingKinds, row.kind, 'reply'),
    status: storedEnum(findingStatuses, row.status, 'proposed'),
    folder: row.folder,
    address: row.address,
    subject: row.subject,
    firstLines: row.first_lines,
    mailAt: row.mail_at,
    absentUntil: row.absent_until,
    messageId: row.message_id,
  }
}

/**
 * The addresses of a person that bounced, among those they still have: the
 * explorer should try another route (another address, LinkedIn, a phone).
 *
 * @example await bouncedAddresses(ctx, amara.id) // ['amara@old.example']
 */
export async function bouncedAddresses(ctx: Ctx, personId: string): Promise<string[]> {
  const [bounced, person] = await Promise.all([
    selectBouncedAddresses(ctx, personId),
    getPerson(ctx, personId),
  ])
  const current = new Set(person.emails.map((e) => e.toLowerCase()))
  return bounced.filter((a) => current.has(a))
}
