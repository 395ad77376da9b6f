import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import {
  createConversation,
  getConversation,
  updateConversation,
} from '../conversations/service.ts'
import { ConflictError, ValidationError } from '../errors.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { personOutreach } from './cadence-service.ts'
import { recordReply } from './replies.ts'
import { markSent } from './sending.ts'
import { createDraft, deleteMessage, getMessage, listMessages, updateDraft } from './service.ts'
import { listTemplates, resetTemplate, saveTemplate } from './template-store.ts'

async function explorer(h: { newCtx: (now?: string) => Promise<Ctx> }) {
  const ctx = await h.newCtx('2026-03-02T09:00:00Z')
  await updateSettings(ctx, { explorerName: 'Sam Lee', timeZone: 'Europe/Berlin' })
  const org = await createOrganization(ctx, { name: 'Northwind Health' })
  const career = await createCareer(ctx, { name: 'Data scientist' })
  const contoso = await createOrganization(ctx, { name: 'Contoso Labs' })
  const dana = await createPerson(ctx, {
    name: 'Dana Park',
    organizationId: contoso.id,
    title: 'Analyst',
    careerIds: [career.id],
  })
  const amara = await createPerson(ctx, {
    name: 'Amara Okafor',
    organizationId: org.id,
    title: 'Senior Data Scientist',
    careerIds: [career.id],
    emails: ['amara@northwind.example'],
    referredById: dana.id,
  })
  return { ctx, org, dana, amara }
}

describeEngines('messages', (h) => {
  it('drafts an outreach from the template, filled in and passing the lint', async () => {
    const { ctx, amara } = await explorer(h)
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    expect(draft).toMatchObject({
      kind: 'outreach',
      status: 'draft',
      to: 'amara@northwind.example',
      templateKey: 'outreach-connection',
      subject: 'Introduction through Dana Park: your advice on data science',
      unfilled: [],
    })
    expect(draft.body).toMatch(/^Hi Amara,\n\nI found you through Dana Park\./)
    expect(draft.body).toMatch(/Sam Lee$/)
    expect(draft.lint.body.problems).toEqual([])
    expect(draft.lint.body.words).toBeLessThan(75)
    expect(draft.mailto.href).toMatch(/^mailto:amara@northwind\.example\?subject=Introduction%20/)
    expect(await getMessage(ctx, draft.id)).toEqual(draft)
  })

  it('leaves what only the explorer knows as {variables}, named with their offsets', async () => {
    const { ctx, amara } = await explorer(h)
    await updateSettings(ctx, { explorerName: '' })
    const chat = await createConversation(ctx, { personId: amara.id, status: 'identified' })
    const thanks = await createDraft(ctx, {
      kind: 'thank-you',
      personId: amara.id,
      conversationId: chat.id,
    })
    expect(thanks.unfilled.map((u) => u.variable)).toEqual(['takeaway', 'nextStep', 'myName'])
    const first = thanks.unfilled[0]
    expect(first && thanks.body.slice(first.start, first.end)).toBe('{takeaway}')
  })

  it('lints every save: the etiquette guard and the word limit', async () => {
    const { ctx, amara } = await explorer(h)
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    const body = `${draft.body}\n\nP.S. Are you hiring? I attached my CV.`
    const saved = await updateDraft(ctx, draft.id, { body })
    const etiquette = saved.lint.body.problems.filter((p) => p.rule === 'etiquette')
    expect(etiquette.map((p) => body.slice(p.start, p.end))).toEqual([
      'Are you hiring',
      'attached my CV',
    ])
    const long = await updateDraft(ctx, draft.id, { body: Array(75).fill('word').join(' ') })
    expect(long.lint.body.problems.map((p) => p.rule)).toContain('word-limit')
    expect(
      (await updateDraft(ctx, draft.id, { subject: 'Any openings on your team?' })).lint.subject
        .problems,
    ).toHaveLength(1)
  })

  it('refuses a conversation with someone else, and a person who does not exist', async () => {
    const { ctx, amara, dana } = await explorer(h)
    const chat = await createConversation(ctx, { personId: dana.id })
    const wrong = await createDraft(ctx, {
      kind: 'outreach',
      personId: amara.id,
      conversationId: chat.id,
    }).catch((e) => e)
    expect(wrong).toBeInstanceOf(ValidationError)
    expect(wrong.issues[0].path).toBe('conversationId')
    const nobody = await createDraft(ctx, { kind: 'outreach', personId: 'nobody' }).catch((e) => e)
    expect(nobody.issues[0]).toMatchObject({ path: 'personId' })
  })

  it('records "I sent it": the conversation is asked for, and the message can no longer change', async () => {
    const { ctx, amara } = await explorer(h)
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    const sent = await markSent(at(ctx, '2026-03-02T10:00:00Z'), draft.id, { channel: 'copy' })
    expect(sent).toMatchObject({
      status: 'sent',
      channel: 'copy',
      sentAt: '2026-03-02T10:00:00.000Z',
    })
    expect(sent.conversationId).not.toBeNull()
    const chat = await getConversation(ctx, sent.conversationId ?? '')
    expect(chat.status).toBe('requested')
    const change = await updateDraft(ctx, draft.id, { body: 'changed' }).catch((e) => e)
    expect(change).toBeInstanceOf(ConflictError)
    expect(change.message).toMatch(/was sent on 2 Mar 2026/)
    expect(await markSent(ctx, draft.id, { channel: 'copy' }).catch((e) => e.constructor)).toBe(
      ConflictError,
    )
    const future = await createDraft(ctx, { kind: 'follow-up', personId: amara.id })
    expect(
      (
        await markSent(ctx, future.id, { channel: 'eml', sentAt: '2026-03-03T09:00:00Z' }).catch(
          (e) => e,
        )
      ).issues[0].path,
    ).toBe('sentAt')
  })

  it('keeps the reason for asking for referrals against the advice with the message', async () => {
    const { ctx, amara } = await explorer(h)
    const own = await createDraft(ctx, {
      kind: 'check-in',
      personId: amara.id,
      body: 'Is there anyone else I should talk to?',
      overrideReason: 'She offered names.',
    })
    expect(own.overrideReason).toBe('She offered names.')
    const plain = await createDraft(ctx, { kind: 'check-in', personId: amara.id })
    expect(plain.overrideReason).toBeNull()
    // Confirmed later on the draft page; editing the text leaves it alone; blank clears it.
    expect(
      (await updateDraft(ctx, plain.id, { overrideReason: '  asked me to  ' })).overrideReason,
    ).toBe('asked me to')
    expect((await updateDraft(ctx, plain.id, { body: 'Who else?' })).overrideReason).toBe(
      'asked me to',
    )
    expect((await updateDraft(ctx, plain.id, { overrideReason: '   ' })).overrideReason).toBeNull()
    // It stays on record once the message is sent.
    const sent = await markSent(ctx, own.id, { channel: 'copy' })
    expect(sent.overrideReason).toBe('She offered names.')
  })

  it('moves an identified conversation to requested when its outreach goes out', async () => {
    const { ctx, amara } = await explorer(h)
    const chat = await createConversation(ctx, { personId: amara.id })
    const draft = await createDraft(ctx, {
      kind: 'outreach',
      personId: amara.id,
      conversationId: chat.id,
    })
    await markSent(ctx, draft.id, { channel: 'mailto' })
    expect((await getConversation(ctx, chat.id)).status).toBe('requested')
  })

  it('refuses a third attempt on someone silent, until the setting allows it', async () => {
    const { ctx, amara } = await explorer(h)
    const outreach = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    await markSent(ctx, outreach.id, { channel: 'copy' })
    const followUp = await createDraft(ctx, { kind: 'follow-up', personId: amara.id })
    await markSent(at(ctx, '2026-03-11T09:00:00Z'), followUp.id, { channel: 'copy' })
    const third = await createDraft(ctx, { kind: 'follow-up', personId: amara.id }).catch((e) => e)
    expect(third).toBeInstanceOf(ConflictError)
    expect(third.message).toMatch(
      /written to Amara Okafor 2 times without a reply \(2026-03-02, 2026-03-11\).*maxAttemptsPerPerson 3/,
    )
    // A thank-you is not chasing.
    await expect(createDraft(ctx, { kind: 'thank-you', personId: amara.id })).resolves.toBeTruthy()
    await updateSettings(ctx, { maxAttemptsPerPerson: 3 })
    await expect(createDraft(ctx, { kind: 'follow-up', personId: amara.id })).resolves.toBeTruthy()
  })

  it('classifies a reply within 3 business days as a booster, a later one as an obligate', async () => {
    const { ctx, amara, dana } = await explorer(h)
    for (const person of [amara, dana]) {
      const draft = await createDraft(ctx, { kind: 'outreach', personId: person.id })
      await markSent(at(ctx, '2026-03-06T09:00:00Z'), draft.id, { channel: 'copy' })
    }
    // Friday's outreach: Mon, Tue, Wed are business days 1–3 (the weekend does not count).
    const later = at(ctx, '2026-03-20T09:00:00Z')
    const quick = await recordReply(later, {
      personId: amara.id,
      repliedAt: '2026-03-11T18:00:00+01:00',
    })
    expect(quick.outreach).toMatchObject({ responsiveness: 'booster', chasing: false })
    expect(quick.message).toMatchObject({
      status: 'replied',
      repliedAt: '2026-03-11T17:00:00.000Z',
    })
    expect(quick.conversation?.status).toBe('requested')
    expect(quick.next).toMatch(/schedule/)
    const slow = await recordReply(later, { personId: dana.id, repliedAt: '2026-03-12T08:00:00Z' })
    expect(slow.outreach.responsiveness).toBe('obligate')
  })

  it('calls a person who never answers the follow-up a curmudgeon, derived from the messages', async () => {
    const { ctx, amara } = await explorer(h)
    const outreach = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    await markSent(ctx, outreach.id, { channel: 'copy' })
    expect((await personOutreach(ctx, amara.id)).responsiveness).toBeNull()
    const followUp = await createDraft(ctx, { kind: 'follow-up', personId: amara.id })
    await markSent(at(ctx, '2026-03-11T09:00:00Z'), followUp.id, { channel: 'copy' })
    // Seven business days after the follow-up (Wed 11 → Fri 20 March) it has had its chance.
    expect((await personOutreach(at(ctx, '2026-03-19T09:00:00Z'), amara.id)).responsiveness).toBe(
      null,
    )
    const silent = await personOutreach(at(ctx, '2026-03-20T09:00:00Z'), amara.id)
    expect(silent).toMatchObject({ responsiveness: 'curmudgeon', attempts: 2, chasing: false })
    expect(silent.advice).toMatch(/stop chasing/)
    // A late answer still counts: they become an obligate, and nothing was stored to go stale.
    await recordReply(at(ctx, '2026-03-23T09:00:00Z'), { personId: amara.id })
    expect((await personOutreach(at(ctx, '2026-03-23T09:00:00Z'), amara.id)).responsiveness).toBe(
      'obligate',
    )
  })

  it('picks a silent conversation up again when they reply after all', async () => {
    const { ctx, amara } = await explorer(h)
    const draft = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    const sent = await markSent(ctx, draft.id, { channel: 'copy' })
    const chatId = sent.conversationId ?? ''
    await updateConversation(ctx, chatId, { status: 'no_response' })
    const reply = await recordReply(at(ctx, '2026-03-25T09:00:00Z'), { messageId: draft.id })
    expect(reply.conversation).toMatchObject({ id: chatId, status: 'requested' })
    const early = await recordReply(ctx, {
      messageId: draft.id,
      repliedAt: '2026-03-01T09:00:00Z',
    }).catch((e) => e)
    expect(early.issues[0].path).toBe('repliedAt')
    const nothing = await recordReply(ctx, {
      personId: (await createPerson(ctx, { name: 'Zoe' })).id,
    })
      .then(() => null)
      .catch((e) => e)
    expect(nothing.message).toMatch(/nothing has been sent to Zoe yet/)
  })

  it('lists messages by person and status, and deletes them', async () => {
    const { ctx, amara, dana } = await explorer(h)
    const one = await createDraft(ctx, { kind: 'outreach', personId: amara.id })
    await createDraft(ctx, { kind: 'outreach', personId: dana.id })
    await markSent(ctx, one.id, { channel: 'copy' })
    expect((await listMessages(ctx, { personId: amara.id })).items.map((m) => m.id)).toEqual([
      one.id,
    ])
    expect((await listMessages(ctx, { status: 'draft' })).items.map((m) => m.person)).toEqual([
      'Dana Park',
    ])
    await deleteMessage(ctx, one.id)
    expect((await listMessages(ctx)).total).toBe(1)
  })

  it('keeps the explorer’s own template per kind, drafts from it, and resets it', async () => {
    const { ctx, amara } = await explorer(h)
    const bad = await saveTemplate(ctx, 'follow-up', {
      subject: 'Hello {firstname}',
      body: 'x',
    }).catch((e) => e)
    expect(bad.issues).toEqual([
      { path: 'subject', message: expect.stringMatching(/\{firstname\}/) },
    ])
    await saveTemplate(ctx, 'follow-up', {
      subject: 'Still keen, {firstName}',
      body: 'Hi {firstName}, would you have {minutes} minutes for a call? {myName}',
    })
    const mine = (await listTemplates(ctx)).find((t) => t.key === 'follow-up')
    expect(mine).toMatchObject({ isDefault: false, variables: ['firstName', 'minutes', 'myName'] })
    const draft = await createDraft(ctx, { kind: 'follow-up', personId: amara.id })
    expect(draft.body).toBe('Hi Amara, would you have 30 minutes for a call? Sam Lee')
    expect((await resetTemplate(ctx, 'follow-up')).isDefault).toBe(true)
    const again = await createDraft(ctx, { kind: 'follow-up', personId: amara.id })
    expect(again.subject).toBe('Following up: your advice on data science')
  })
})
