import { expect, it } from 'vitest'
import { amaraAtNorthwind } from '../../../test/amara-at-northwind.ts'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import {
  createConversation,
  getConversation,
  listConversations,
  updateConversation,
} from '../conversations/service.ts'
import { ConflictError } from '../errors.ts'
import { personOutreach } from './cadence-service.ts'
import { recordReply } from './replies.ts'
import { markSent } from './sending.ts'
import { createDraft, getMessage } from './service.ts'
import { unsendMessage } from './unsending.ts'

describeEngines('taking back a message marked sent by mistake', (h) => {
  async function explorer() {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    const more = { title: 'Senior Data Scientist', connection: 'alumni' }
    const { amara } = await amaraAtNorthwind(ctx, more)
    return { ctx, amara }
  }

  it('removes the conversation the sending started, and the cadence forgets it', async () => {
    const { ctx, amara } = await explorer()
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    const sent = await markSent(at(ctx, '2026-03-02T10:00:00Z'), draft.id, { channel: 'copy' })
    expect((await personOutreach(ctx, amara.id)).attempts).toBe(1)
    const back = await unsendMessage(at(ctx, '2026-03-02T10:01:00Z'), sent.id)
    expect(back).toMatchObject({
      conversation: 'removed',
      message: { status: 'draft', channel: null, sentAt: null, conversationId: null },
    })
    expect((await listConversations(ctx, { personId: amara.id })).total).toBe(0)
    expect(await personOutreach(ctx, amara.id)).toMatchObject({ attempts: 0, firstSentAt: null })
    // It can be changed and sent again, once.
    const again = await markSent(ctx, draft.id, { channel: 'mailto' })
    expect(again.status).toBe('sent')
    expect((await listConversations(ctx, { personId: amara.id })).total).toBe(1)
  })

  it('puts a conversation it moved back to its status, and when that status began', async () => {
    const { ctx, amara } = await explorer()
    const chat = await createConversation(at(ctx, '2026-02-20T09:00:00Z'), {
      personId: amara.id,
    })
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    await markSent(ctx, draft.id, { channel: 'copy' })
    expect((await getConversation(ctx, chat.id)).status).toBe('requested')
    const back = await unsendMessage(ctx, draft.id)
    expect(back.conversation).toBe('restored')
    expect(back.message.conversationId).toBeNull()
    expect(await getConversation(ctx, chat.id)).toMatchObject({
      status: 'identified',
      statusChangedAt: '2026-02-20T09:00:00.000Z',
    })
  })

  it('takes a thank-you back to "met"', async () => {
    const { ctx, amara } = await explorer()
    const chat = await createConversation(ctx, {
      personId: amara.id,
      status: 'met',
      scheduledAt: '2026-03-01T15:00',
    })
    const draft = await createDraft(ctx, {
      kind: 'thank-you',
      personId: amara.id,
      conversationId: chat.id,
      body: 'Hi Amara, thank you for your time today. Your point that cleaning is half the job stuck with me; I will take the SQL course. Best, Sam',
    })
    await markSent(ctx, draft.id, { channel: 'other' })
    expect((await getConversation(ctx, chat.id)).status).toBe('thanked')
    expect((await unsendMessage(ctx, draft.id)).message).toMatchObject({
      status: 'draft',
      conversationId: chat.id,
    })
    expect((await getConversation(ctx, chat.id)).status).toBe('met')
  })

  it('leaves a conversation that moved on since, and says so', async () => {
    const { ctx, amara } = await explorer()
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    const sent = await markSent(ctx, draft.id, { channel: 'copy' })
    const chatId = sent.conversationId ?? ''
    await updateConversation(at(ctx, '2026-03-02T11:00:00Z'), chatId, {
      status: 'scheduled',
      scheduledAt: '2026-03-10T15:00',
    })
    const back = await unsendMessage(ctx, draft.id)
    expect(back.conversation).toBe('kept')
    expect(back.note).toMatch(/scheduled now/)
    expect(back.message.conversationId).toBe(chatId)
    expect((await getConversation(ctx, chatId)).status).toBe('scheduled')
  })

  it('refuses what really went out: a replied message, SMTP, one with a later message after it', async () => {
    const { ctx, amara } = await explorer()
    const outreach = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    await markSent(ctx, outreach.id, { channel: 'copy' })
    const followUp = await createDraft(ctx, { kind: 'follow-up', personId: amara.id })
    await markSent(at(ctx, '2026-03-11T09:00:00Z'), followUp.id, { channel: 'copy' })
    const first = await unsendMessage(ctx, outreach.id).catch((e) => e)
    expect(first).toBeInstanceOf(ConflictError)
    expect(first.message).toMatch(/the follow-up of 2026-03-11 went out after it/)
    await unsendMessage(ctx, followUp.id)
    await recordReply(at(ctx, '2026-03-12T09:00:00Z'), { messageId: outreach.id })
    expect((await unsendMessage(ctx, outreach.id).catch((e) => e)).message).toMatch(
      /they replied to it on 2026-03-12/,
    )
    const viaSmtp = await createDraft(ctx, { kind: 'check-in', personId: amara.id })
    await markSent(ctx, viaSmtp.id, { channel: 'copy' })
    await ctx.db
      .updateTable('messages')
      .set({ channel: 'smtp' })
      .where('id', '=', viaSmtp.id)
      .execute()
    expect((await unsendMessage(ctx, viaSmtp.id).catch((e) => e)).message).toMatch(
      /SMTP server.*cannot be taken back/,
    )
    expect((await unsendMessage(ctx, followUp.id).catch((e) => e)).message).toMatch(/a draft/)
  })

  it('records a sending once and takes it back once, whatever arrives at the same time', async () => {
    const { ctx, amara } = await explorer()
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    const sends = await Promise.allSettled([
      markSent(ctx, draft.id, { channel: 'copy' }),
      markSent(ctx, draft.id, { channel: 'mailto' }),
      markSent(ctx, draft.id, { channel: 'eml' }),
    ])
    expect(sends.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of sends.filter((r) => r.status === 'rejected')) {
      expect(r.reason).toBeInstanceOf(ConflictError)
    }
    expect((await listConversations(ctx, { personId: amara.id })).total).toBe(1)
    const undos = await Promise.allSettled([
      unsendMessage(ctx, draft.id),
      unsendMessage(ctx, draft.id),
    ])
    expect(undos.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((await getMessage(ctx, draft.id)).status).toBe('draft')
    expect((await listConversations(ctx, { personId: amara.id })).total).toBe(0)
  })
})
