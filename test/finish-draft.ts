import type { Ctx } from '../src/core/context.ts'
import type { Message } from '../src/core/outreach/schema.ts'
import { updateDraft } from '../src/core/outreach/service.ts'

/**
 * Writes every `{variable}` still in a draft as a careful explorer would
 * before sending (here: the variable's name in plain words), since an
 * unfinished draft cannot be marked sent.
 *
 * @example await markSent(ctx, (await finishDraft(ctx, draft)).id, { channel: 'copy' })
 */
export async function finishDraft(ctx: Ctx, draft: Message): Promise<Message> {
  const written = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => name)
  return updateDraft(ctx, draft.id, { subject: written(draft.subject), body: written(draft.body) })
}
