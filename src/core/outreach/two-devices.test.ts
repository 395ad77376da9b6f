import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { laptopThenPhone, metConversation } from '../../../test/two-devices.ts'
import type { Ctx } from '../context.ts'
import { createDraft, getMessage, updateDraft } from './service.ts'

async function thankYouDraft(ctx: Ctx) {
  const chat = await metConversation(ctx)
  return createDraft(ctx, { kind: 'thank-you', personId: chat.personId, conversationId: chat.id })
}

const text = ({ to, subject, body }: { to: string | null; subject: string; body: string }) => ({
  to,
  subject,
  body,
})

// One autosave protocol (issue 13): a draft keeps, per field (to, subject,
// body), the client time of the edit it holds, as meetings and reflections do.
describeEngines('a draft edited from two devices', (h) => {
  it('keeps both devices’ fields, and a late replay of an older edit changes nothing', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const draft = await thankYouDraft(ctx)
    // The laptop writes the subject at 10:20 and the text at 10:21.
    const laptop = [
      { subject: 'Thank you for Monday', updatedAt: '2026-03-02T10:20:00.000Z' },
      {
        body: 'Dear Amara, thank you for the hour on clinical data.',
        updatedAt: '2026-03-02T10:21:00.000Z',
      },
    ] as const
    // The phone, offline since 10:10, sends what it typed then: the subject
    // (older than the laptop's) and the address (nobody else set it).
    const phone = {
      subject: 'Thanks!',
      to: 'amara@example.org',
      updatedAt: '2026-03-02T10:10:00.000Z',
    }
    const replay = await laptopThenPhone(
      (edit: object) => updateDraft(ctx, draft.id, edit),
      laptop,
      phone,
    )
    expect(text(replay)).toEqual({
      to: 'amara@example.org',
      subject: 'Thank you for Monday',
      body: 'Dear Amara, thank you for the hour on clinical data.',
    })
    // The same replay again, and an older edit of every field, change nothing.
    await updateDraft(ctx, draft.id, {
      subject: 'Thanks!',
      to: 'amara@example.org',
      updatedAt: '2026-03-02T10:10:00.000Z',
    })
    const late = await updateDraft(ctx, draft.id, {
      to: null,
      subject: 'Hi',
      body: 'Thanks?',
      updatedAt: '2026-03-02T10:05:00.000Z',
    })
    expect(text(late)).toEqual(text(replay))
    // A newer edit from the phone wins over the laptop's.
    await updateDraft(ctx, draft.id, {
      body: 'Dear Amara, thank you for the hour on clinical data; I will write to Jonas.',
      updatedAt: '2026-03-02T10:30:00.000Z',
    })
    // An edit with no client time (the CLI, the MCP, a plain API call) is now, and wins.
    const cli = { ...ctx, now: () => new Date('2026-03-02T11:00:00Z') }
    await updateDraft(cli, draft.id, { subject: 'Thank you, and one question' })
    expect(text(await getMessage(ctx, draft.id))).toEqual({
      to: 'amara@example.org',
      subject: 'Thank you, and one question',
      body: 'Dear Amara, thank you for the hour on clinical data; I will write to Jonas.',
    })
    // …and a stamped edit older than that no longer overwrites it.
    await updateDraft(ctx, draft.id, { subject: 'Thanks!!', updatedAt: '2026-03-02T10:40:00.000Z' })
    expect((await getMessage(ctx, draft.id)).subject).toBe('Thank you, and one question')
  })

  it('applies the other fields of a late edit as before', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const draft = await thankYouDraft(ctx)
    await updateDraft(ctx, draft.id, { body: 'Dear Amara…', updatedAt: '2026-03-02T10:30:00.000Z' })
    const late = await updateDraft(ctx, draft.id, {
      body: 'Hi',
      overrideReason: 'She offered to introduce me.',
      updatedAt: '2026-03-02T10:05:00.000Z',
    })
    expect(late).toMatchObject({
      body: 'Dear Amara…',
      overrideReason: 'She offered to introduce me.',
    })
  })
})
