import { listConversations } from '../core/conversations/service.ts'
import type { ComposeDigest } from './jobs.ts'

/**
 * The morning email: what the Today page would show first. Nothing is sent
 * on a day with nothing on it.
 */
export const composeDigest: ComposeDigest = async (ctx) => {
  const now = ctx.now().getTime()
  const { items } = await listConversations(ctx, {
    status: 'scheduled',
    sort: 'upcoming',
    limit: 20,
  })
  const soon = items.filter((c) => {
    const at = c.scheduledAt ? new Date(c.scheduledAt).getTime() : Number.NaN
    return at >= now && at < now + 48 * 60 * 60 * 1000
  })
  const lines = soon.map(
    (c) =>
      `- ${c.scheduledLocal?.replace('T', ' ')} ${c.timeZone ?? ''}: coffee chat with ${c.person}${c.organization ? ` (${c.organization})` : ''}`,
  )
  if (lines.length === 0) return null
  return {
    subject: `coffeechat today: ${lines.length} meeting${lines.length === 1 ? '' : 's'} coming up`,
    text: `Good morning!\n\nComing up in the next two days:\n${lines.join('\n')}\n\nBring a pen and paper, and thank them the same night.\n`,
    items: lines.length,
  }
}
