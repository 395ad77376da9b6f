import type { Ctx } from '../context.ts'
import { NotFoundError } from '../errors.ts'
import { recordReply } from '../outreach/replies.ts'
import { storedEnum } from '../shared/schema.ts'
import { type MailFindingRow, selectFinding, selectFindings, setFindingStatus } from './repo.ts'
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
 * auto-reply, a bounce or mail sent outside coffeechat is acknowledged.
 */
export async function confirmFinding(ctx: Ctx, id: string): Promise<MailFinding> {
  const row = await requireFinding(ctx, id)
  if (row.status === 'proposed') {
    if (row.kind === 'reply') {
      await recordReply(
        ctx,
        row.message_id
          ? { messageId: row.message_id, repliedAt: row.mail_at }
          : { personId: row.person_id, repliedAt: row.mail_at },
      )
    }
    await setFindingStatus(ctx, id, 'confirmed')
  }
  return toFinding(await requireFinding(ctx, id))
}

/** Dismisses a proposal: it stays found (so a later check does not propose it again) but changes nothing. */
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
