import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { smtpServerForTests } from '../../../test/smtp-for-tests.ts'
import { selectOwnersRow } from '../../db/owned-rows.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { sendViaSmtp } from './sending.ts'
import { createDraft, getMessage, updateDraft } from './service.ts'
import { SmtpError, verifySmtp } from './smtp-send.ts'
import { getSmtpSettings, saveSmtpSettings, smtpAccount } from './smtp-settings.ts'

const smtp = smtpServerForTests()

describeEngines('sending through SMTP', (h) => {
  async function explorer(password = smtp.password) {
    const key = randomBytes(32)
    const ctx: Ctx = { ...(await h.newCtx()), secretKey: () => key }
    await updateSettings(ctx, { explorerName: 'Sam Lee', timeZone: 'Europe/Berlin' })
    await saveSmtpSettings(ctx, {
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      username: smtp.user,
      password,
      fromName: 'Sam Lee',
      fromAddress: 'sam@example.org',
    })
    const career = await createCareer(ctx, { name: 'Pricing analytics' })
    const org = await createOrganization(ctx, { name: 'Northwind Insurance' })
    const ana = await createPerson(ctx, {
      name: 'Ana Souza',
      organizationId: org.id,
      careerIds: [career.id],
      emails: ['ana@example.org'],
      connection: 'alumni',
      connectionNote: 'the TU Berlin alumni network',
    })
    const draft = await createDraft(ctx, { kind: 'outreach', personId: ana.id })
    return { ctx, key, ana, draft }
  }

  it('stores the password only encrypted and never shows it', async () => {
    const { ctx } = await explorer()
    expect(await getSmtpSettings(ctx)).toEqual({
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      username: 'sam',
      passwordSet: true,
      fromName: 'Sam Lee',
      fromAddress: 'sam@example.org',
      updatedAt: '2026-03-02T09:00:00.000Z',
    })
    const row = await selectOwnersRow(ctx, 'smtp_accounts')
    expect(row?.password_encrypted).toMatch(/^v1:/)
    expect(row?.password_encrypted).not.toContain('horse')
    expect((await smtpAccount(ctx)).password).toBe(smtp.password)
    const otherKey = { ...ctx, secretKey: () => randomBytes(32) }
    await expect(smtpAccount(otherKey)).rejects.toThrow(/cannot be decrypted with this key/)
    // Leaving the password out keeps it; null removes it.
    await saveSmtpSettings(ctx, {
      host: 'mail.example.org',
      port: 587,
      security: 'starttls',
      fromAddress: 'sam@example.org',
    })
    expect((await smtpAccount(ctx)).password).toBe(smtp.password)
    await saveSmtpSettings(ctx, {
      host: 'mail.example.org',
      port: 587,
      security: 'starttls',
      fromAddress: 'sam@example.org',
      password: null,
    })
    expect((await getSmtpSettings(ctx))?.passwordSet).toBe(false)
  })

  it('sends only with the explicit confirmation, and the server receives exactly the draft', async () => {
    const { ctx, draft } = await explorer()
    const unconfirmed = await sendViaSmtp(ctx, draft.id, {}).catch((e) => e)
    expect(unconfirmed).toBeInstanceOf(ValidationError)
    expect(unconfirmed.issues[0].path).toBe('confirm')
    expect((await getMessage(ctx, draft.id)).status).toBe('draft')

    const before = smtp.received.length
    const sent = await sendViaSmtp(ctx, draft.id, { confirm: true })
    expect(sent).toMatchObject({
      status: 'sent',
      channel: 'smtp',
      sentAt: '2026-03-02T09:00:00.000Z',
    })
    const mail = smtp.received[before]
    expect(mail?.subject).toBe(draft.subject)
    expect(mail?.text?.trimEnd()).toBe(draft.body)
    expect(mail?.from?.value).toEqual([{ name: 'Sam Lee', address: 'sam@example.org' }])
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([
      { name: 'Ana Souza', address: 'ana@example.org' },
    ])
    expect(mail?.messageId).toBe(`<${draft.id}@example.org>`)
    expect(smtp.raw[before]?.toString('latin1')).not.toMatch(/[^\r]\n/)
  })

  it('says so plainly when the user name or password is wrong (535), and keeps the draft', async () => {
    const { ctx, draft } = await explorer('wrong password')
    const error = await sendViaSmtp(ctx, draft.id, { confirm: true }).catch((e) => e)
    expect(error).toBeInstanceOf(SmtpError)
    expect(error).toMatchObject({ reason: 'auth', responseCode: 535 })
    expect(error.message).toMatch(/refused the user name or password \(535\): check them/)
    expect(error.message).not.toContain('wrong password')
    expect((await getMessage(ctx, draft.id)).status).toBe('draft')
    await expect(verifySmtp(await smtpAccount(ctx))).rejects.toMatchObject({ reason: 'auth' })
  })

  it('tells a temporary refusal (4xx: try again later) from a rejected recipient (5xx)', async () => {
    const { ctx, draft } = await explorer()
    await updateDraft(ctx, draft.id, { to: 'busy@example.org' })
    const busy = await sendViaSmtp(ctx, draft.id, { confirm: true }).catch((e) => e)
    expect(busy).toMatchObject({ reason: 'temporary', responseCode: 451 })
    expect(busy.message).toMatch(
      /could not take the message just now \(451\): nothing was sent; try again later/,
    )
    await updateDraft(ctx, draft.id, { to: 'nobody@example.org' })
    const rejected = await sendViaSmtp(ctx, draft.id, { confirm: true }).catch((e) => e)
    expect(rejected).toMatchObject({ reason: 'rejected', responseCode: 550 })
    expect(rejected.message).toMatch(/refused the recipient nobody@example.org \(550\)/)
    expect((await getMessage(ctx, draft.id)).status).toBe('draft')
  })

  it('explains a refused connection, and a draft without an address', async () => {
    const { ctx, draft } = await explorer()
    await saveSmtpSettings(ctx, {
      host: '127.0.0.1',
      port: 1,
      security: 'none',
      fromAddress: 'sam@example.org',
    })
    const refused = await sendViaSmtp(ctx, draft.id, { confirm: true }).catch((e) => e)
    expect(refused).toMatchObject({ reason: 'connection' })
    expect(refused.message).toMatch(
      /could not connect to the SMTP server 127.0.0.1:1 \(connection refused\)/,
    )
    await updateDraft(ctx, draft.id, { to: null })
    const nowhere = await sendViaSmtp(ctx, draft.id, { confirm: true }).catch((e) => e)
    expect(nowhere.issues[0]).toMatchObject({ path: 'to' })
  })
})
