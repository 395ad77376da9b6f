import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createConversation } from '../conversations/service.ts'
import { ValidationError } from '../errors.ts'
import { createPerson } from '../people/service.ts'
import { getSettings, updateSettings } from '../settings/service.ts'
import { createDraft } from './service.ts'

describeEngines('the clock the explorer reads', (h) => {
  it('writes the agreed time in a draft on the 24- or 12-hour clock the explorer chose', async () => {
    const ctx = await h.newCtx()
    expect(await getSettings(ctx)).toMatchObject({ clock: null, welcomeDone: false })
    await updateSettings(ctx, { explorerName: 'Sam Lee', timeZone: 'Europe/Berlin' })
    const ana = await createPerson(ctx, { name: 'Ana Souza' })
    const chat = await createConversation(ctx, {
      personId: ana.id,
      status: 'scheduled',
      scheduledAt: '2026-03-05T15:00',
      format: 'video',
    })
    const confirm = () =>
      createDraft(ctx, { kind: 'confirmation', personId: ana.id, conversationId: chat.id })
    expect((await confirm()).subject).toBe('Confirming Thursday, 5 March at 15:00 CET')
    await updateSettings(ctx, { clock: '12h', welcomeDone: true })
    expect((await confirm()).subject).toBe('Confirming Thursday, 5 March at 3:00 PM CET')
    const wrong = await updateSettings(ctx, { clock: '13h' }).catch((e) => e)
    expect(wrong).toBeInstanceOf(ValidationError)
    expect(wrong.issues[0].path).toBe('clock')
  })
})
