import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createConversation } from '../conversations/service.ts'
import { importContacts } from '../imports/service.ts'
import { captureReferral } from '../meetings/referrals.ts'
import { createDraft } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { createOrganization, findOrCreateOrganization, listOrganizations } from './service.ts'

/** Names of organizations keep the case they were first given, whoever writes them later. */
describeEngines('organization names keep their first case', (h) => {
  it('matches later spellings to the first one and never re-cases it', async () => {
    const ctx = await h.newCtx()
    await updateSettings(ctx, { explorerName: 'Sam Lee' })
    const mckinsey = await createOrganization(ctx, { name: 'McKinsey & Company' })
    // The CLI's --org, a referral captured in a meeting, an imported file.
    expect((await findOrCreateOrganization(ctx, 'mckinsey & company')).organization.id).toBe(
      mckinsey.id,
    )
    const ana = await createPerson(ctx, { name: 'Ana Souza', organizationId: mckinsey.id })
    const chat = await createConversation(ctx, { personId: ana.id })
    await captureReferral(ctx, chat.id, { name: 'Raj Patel', organization: 'MCKINSEY & COMPANY' })
    await captureReferral(ctx, chat.id, { name: 'Li Wei', organization: 'deepMind labs' })
    const csv =
      'First Name,Last Name,Company,Position\nJonas,Becker,mckinsey & COMPANY,Partner\nKai,Lund,DEEPMIND LABS,Researcher\n'
    await importContacts(ctx, new TextEncoder().encode(csv), { filename: 'contacts.csv' })
    const names = (await listOrganizations(ctx, {}, { all: true })).items.map((o) => o.name)
    expect(names.sort()).toEqual(['deepMind labs', 'McKinsey & Company'].sort())
    const draft = await createDraft(ctx, { kind: 'check-in', personId: ana.id })
    expect(draft.subject).toBe('How are things at McKinsey & Company?')
  })
})
