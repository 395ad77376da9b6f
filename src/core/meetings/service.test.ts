import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import { laptopThenPhone } from '../../../test/two-devices.ts'
import { getConversation, updateConversation } from '../conversations/service.ts'
import { ValidationError } from '../errors.ts'
import { listPeople } from '../people/service.ts'
import { addPlanItems, updatePlanItem } from '../plans/service.ts'
import { suggestPlan } from '../plans/suggest.ts'
import { search } from '../search/service.ts'
import { captureReferral } from './referrals.ts'
import { endMeeting, getMeeting, startMeeting, updateMeeting } from './service.ts'

describeEngines('meetings', (h) => {
  it('starts, counts, ends with the overrun, and moves the conversation to met', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    expect((await getMeeting(ctx, conversation.id)).state).toBe('not-started')

    const started = await startMeeting(at(ctx, '2026-03-02T10:01:00Z'), conversation.id)
    expect(started).toMatchObject({
      state: 'running',
      startedAt: '2026-03-02T10:01:00.000Z',
      endsAt: '2026-03-02T10:31:00.000Z',
      promisedMinutes: 30,
      warnMinutesBefore: 5,
      extraMinutes: 5,
      overrunSeconds: null,
    })
    // A second tap (or a replayed request) keeps the first start.
    const again = await startMeeting(at(ctx, '2026-03-02T10:05:00Z'), conversation.id)
    expect(again.startedAt).toBe('2026-03-02T10:01:00.000Z')
    expect(
      (await getMeeting(at(ctx, '2026-03-02T10:11:00Z'), conversation.id)).elapsedSeconds,
    ).toBe(600)

    const ended = await endMeeting(at(ctx, '2026-03-02T10:35:30Z'), conversation.id)
    expect(ended).toMatchObject({
      state: 'ended',
      status: 'met',
      endedAt: '2026-03-02T10:35:30.000Z',
      elapsedSeconds: 34 * 60 + 30,
      overrunSeconds: 4 * 60 + 30,
      overrunMinutes: 5,
    })
    expect((await getConversation(ctx, conversation.id)).status).toBe('met')
    // Ending twice changes nothing.
    expect((await endMeeting(at(ctx, '2026-03-02T11:00:00Z'), conversation.id)).endedAt).toBe(
      '2026-03-02T10:35:30.000Z',
    )
  })

  it('refuses to start an unscheduled conversation and to end one that never started', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const requested = await w.meet('Li Wei', ['ds'], 'requested')
    const error = await startMeeting(ctx, requested.conversation.id).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/a requested conversation is not scheduled yet/)
    const scheduled = await w.meet('Amara Okafor', ['ds'])
    await expect(endMeeting(ctx, scheduled.conversation.id)).rejects.toThrow(/start it first/)
    await startMeeting(ctx, scheduled.conversation.id, { at: '2026-03-02T08:00:00Z' })
    await expect(
      endMeeting(ctx, scheduled.conversation.id, { at: '2026-03-02T07:00:00Z' }),
    ).rejects.toThrow(/the end is before the start/)
  })

  it('keeps a met conversation met, and a thanked one thanked, when a meeting is recorded afterwards', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'], 'met')
    await updateConversation(ctx, conversation.id, { status: 'thanked' })
    await startMeeting(ctx, conversation.id, { at: '2026-03-01T10:00:00Z' })
    const ended = await endMeeting(ctx, conversation.id, { at: '2026-03-01T10:20:00Z' })
    expect(ended).toMatchObject({ status: 'thanked', overrunMinutes: -10 })
  })

  it('saves notes out of order without losing the newest, and indexes them', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const laptop = [
      { researchNotes: 'Her thesis: stochastic PDEs.', updatedAt: '2026-03-02T08:00:00Z' },
      { freeNotes: 'Dashboards eat a day a week.', updatedAt: '2026-03-02T09:10:00Z' },
    ] as const
    const late = await laptopThenPhone(
      (edit: object) => updateMeeting(ctx, conversation.id, edit),
      laptop,
      {
        freeNotes: 'Dashboards',
        researchNotes: 'Her thesis: stochastic PDEs. Ask about the move.',
        updatedAt: '2026-03-02T09:05:00Z',
      },
    )
    expect(late).toMatchObject({
      freeNotes: 'Dashboards eat a day a week.',
      researchNotes: 'Her thesis: stochastic PDEs. Ask about the move.',
      ignored: ['freeNotes'],
    })
    const hits = await search(ctx, { q: 'dashboards', kinds: ['meeting'] })
    expect(hits.map((r) => r.id)).toEqual([conversation.id])
    expect(hits[0]?.title).toMatch(/Amara Okafor/)
  })

  it('captures “who else should I talk to?” as a person referred by them, once', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const amara = await w.meet('Amara Okafor', ['ds'])
    const { person, created } = await captureReferral(ctx, amara.conversation.id, {
      name: 'Jonas Becker',
      organization: 'Northwind Health',
      note: 'Knows the engineering side',
    })
    expect(created).toBe(true)
    expect(person).toMatchObject({
      name: 'Jonas Becker',
      organization: 'Northwind Health',
      referredById: amara.person.id,
      referredBy: 'Amara Okafor',
      careers: ['Data scientist'],
      connection: 'referral',
      connectionNote: 'Suggested by Amara Okafor',
      notes: 'Knows the engineering side',
    })
    const replay = await captureReferral(ctx, amara.conversation.id, { name: 'jonas  becker' })
    expect(replay).toMatchObject({ created: false, person: { id: person.id } })
    const other = await captureReferral(ctx, amara.conversation.id, {
      name: 'Mei Chen',
      organization: 'Riverbank Clinic',
    })
    expect(other.person.organization).toBe('Riverbank Clinic')
    expect((await getMeeting(ctx, amara.conversation.id)).referrals.map((r) => r.name)).toEqual([
      'Jonas Becker',
      'Mei Chen',
    ])
    expect((await listPeople(ctx, { referredById: amara.person.id })).total).toBe(2)
    await expect(captureReferral(ctx, amara.conversation.id, { name: ' ' })).rejects.toThrow(
      /write the name/,
    )
  })

  it('carries what was not asked over to the next conversation in the career', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const w = await conversationWorld(ctx)
    const amara = await w.meet('Amara Okafor', ['ds'])
    const plan = await addPlanItems(ctx, amara.conversation.id, {
      items: [
        { text: 'How did you start?', topic: 'path' },
        { text: 'What does a bad week look like?', topic: 'hours' },
      ],
    })
    await startMeeting(ctx, amara.conversation.id)
    await updatePlanItem(ctx, plan.items[0]?.id ?? '', { answer: 'A postdoc, then a bootcamp.' })
    await endMeeting(at(ctx, '2026-03-02T10:30:00Z'), amara.conversation.id)
    const jonas = await w.meet('Jonas Becker', ['ds'])
    const { suggestions } = await suggestPlan(ctx, jonas.conversation.id)
    expect(suggestions[0]).toMatchObject({
      text: 'What does a bad week look like?',
      reason: 'carried-over',
    })
    expect(suggestions.map((s) => s.text)).not.toContain('How did you start?')
  })
})
