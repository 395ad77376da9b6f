import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { smtpServerForTests } from '../../../test/smtp-for-tests.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { ConflictError } from '../errors.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { lintText } from './lint-service.ts'
import { emlOf, markSent, sendViaSmtp } from './sending.ts'
import { createDraft, fillDraft, getMessage, updateDraft } from './service.ts'
import { saveSmtpSettings } from './smtp-settings.ts'

const smtp = smtpServerForTests()

/**
 * A fresh install never asks for the explorer's name, so every draft signs
 * `{myName}`: such a draft is not finished, and no way out may take it.
 */
describeEngines('sending unfinished text', (h) => {
  async function freshInstall() {
    const key = randomBytes(32)
    const ctx: Ctx = { ...(await h.newCtx()), secretKey: () => key }
    await saveSmtpSettings(ctx, {
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      username: smtp.user,
      password: smtp.password,
      fromAddress: 'sam@example.org',
    })
    const career = await createCareer(ctx, { name: 'Data scientist' })
    const org = await createOrganization(ctx, { name: 'Northwind Health' })
    const ana = await createPerson(ctx, {
      name: 'Ana Souza',
      emails: ['ana@example.org'],
      connection: 'alumni',
      organizationId: org.id,
      careerIds: [career.id],
    })
    const draft = await createDraft(ctx, { kind: 'outreach', personId: ana.id })
    return { ctx, ana, draft }
  }

  it('shows an unfilled {variable} as a lint problem, never "no problems"', async () => {
    const { ctx, draft } = await freshInstall()
    expect(draft.body).toMatch(/\{myName\}$/)
    const problems = draft.lint.body.problems.filter((p) => p.rule === 'unfilled-variable')
    expect(problems.map((p) => draft.body.slice(p.start, p.end))).toEqual(['{myName}'])
    expect(problems[0]?.message).toMatch(/your name/i)
    // The live lint of the editor says the same, for the subject too.
    const live = await lintText(ctx, {
      kind: 'thank-you',
      text: 'Thank you, your point that {takeaway} stuck with me.',
      subject: 'Thanks, {firstname}',
    })
    expect(live.problems.map((p) => p.rule)).toContain('unfilled-variable')
    expect(live.subject?.problems.map((p) => p.rule)).toEqual(['unfilled-variable'])
  })

  it('refuses "I sent it", SMTP, .eml and mailto: alike, naming the variables', async () => {
    const { ctx, draft } = await freshInstall()
    const before = smtp.received.length
    for (const attempt of [
      () => markSent(ctx, draft.id, { channel: 'copy' }),
      () => sendViaSmtp(ctx, draft.id, { confirm: true }),
      () => emlOf(ctx, draft.id),
    ]) {
      const error = await attempt().catch((e) => e)
      expect(error).toBeInstanceOf(ConflictError)
      expect(error.message).toMatch(/\{myName\}/)
      expect(error.message).toMatch(/explorerName/)
      expect(error.issues).toEqual([{ path: 'body', message: expect.stringMatching(/\{myName\}/) }])
    }
    expect(smtp.received).toHaveLength(before)
    expect(draft.mailto.href).toBeNull()
    expect(draft.mailto.blockedBy).toEqual(['{myName}'])
    expect(await getMessage(ctx, draft.id)).toMatchObject({ status: 'draft', sentAt: null })
  })

  it('names the subject and a variable only the explorer can write', async () => {
    const { ctx, draft } = await freshInstall()
    await updateDraft(ctx, draft.id, {
      subject: 'About {career}',
      body: draft.body.replace('{myName}', 'Sam'),
    })
    const error = await markSent(ctx, draft.id, { channel: 'mailto' }).catch((e) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect(error.issues).toEqual([
      { path: 'subject', message: expect.stringMatching(/\{career\}/) },
    ])
  })

  it('fills in what is known once the name is set, and then lets it go out', async () => {
    const { ctx, draft } = await freshInstall()
    await updateSettings(ctx, { explorerName: 'Sam Lee' })
    const filled = await fillDraft(ctx, draft.id)
    expect(filled.body).toMatch(/\nSam Lee$/)
    expect(filled.lint.body.problems).toEqual([])
    expect(filled.mailto.href).toMatch(/^mailto:/)
    expect(filled.mailto.blockedBy).toEqual([])
    const sent = await markSent(ctx, draft.id, { channel: 'copy' })
    expect(sent.status).toBe('sent')
  })
})
