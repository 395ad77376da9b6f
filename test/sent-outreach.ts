import type { Ctx } from '../src/core/context.ts'
import type { Message } from '../src/core/outreach/schema.ts'
import { markSent } from '../src/core/outreach/sending.ts'
import { createDraft } from '../src/core/outreach/service.ts'

/**
 * An outreach to `personId` with this subject and body, marked sent from
 * an .eml at `sentAt`: what the mail check finds answers to.
 */
export async function sentOutreach(
  ctx: Ctx,
  personId: string,
  subject: string,
  body: string,
  sentAt = '2026-03-02T09:00:00Z',
): Promise<Message> {
  const draft = await createDraft(ctx, { kind: 'outreach', personId, subject, body })
  return markSent(ctx, draft.id, { channel: 'eml', sentAt })
}
