import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createDraft, getMessage, updateDraft } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { exportBackup } from './export-json.ts'
import { restoreBackup } from './restore.ts'

// The reason for asking for referrals against the advice lives in
// messages.override_reason (migration 0011): backups carry it, and backups
// written before that column restore with no reason.
describeEngines('the referral-ask reason in backups', (h) => {
  it('backs the reason up with its message and restores it', async () => {
    const ctx = await h.newCtx()
    const amara = await createPerson(ctx, { name: 'Amara Okafor' })
    const draft = await createDraft(ctx, {
      kind: 'check-in',
      personId: amara.id,
      body: 'Is there anyone else I should talk to?',
      overrideReason: 'She offered names — “ask me next week” 🙂',
    })
    const text = await exportBackup(ctx)
    const row = JSON.parse(text).tables.messages[0]
    expect(row).toMatchObject({
      id: draft.id,
      override_reason: 'She offered names — “ask me next week” 🙂',
    })
    // Ids are kept, so a backup restores over its own account.
    await updateDraft(ctx, draft.id, { overrideReason: null })
    await restoreBackup(ctx, text, { replace: true })
    expect((await getMessage(ctx, draft.id)).overrideReason).toBe(
      'She offered names — “ask me next week” 🙂',
    )
    expect(await exportBackup(ctx)).toBe(text)
  })

  it('restores a backup from before the column, with no reason', async () => {
    const ctx = await h.newCtx()
    const amara = await createPerson(ctx, { name: 'Amara Okafor' })
    const draft = await createDraft(ctx, { kind: 'check-in', personId: amara.id })
    const json = JSON.parse(await exportBackup(ctx))
    json.migrations = json.migrations.filter((name: string) => name !== '0011-referral-ask-reason')
    for (const message of json.tables.messages) delete message.override_reason
    await restoreBackup(ctx, JSON.stringify(json), { replace: true })
    expect((await getMessage(ctx, draft.id)).overrideReason).toBeNull()
  })
})
