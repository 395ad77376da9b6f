import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { invalidFields } from '../../../test/validation.ts'
import { createCareer } from '../careers/service.ts'
import { NotFoundError } from '../errors.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import {
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  updateConversation,
} from './service.ts'

describeEngines('conversations', (h) => {
  async function setup() {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const ada = await createPerson(ctx, { name: 'Ada', careerIds: [ds.id] })
    return { ctx, ds, ada }
  }

  it("starts identified, about the person's careers, for the promised length", async () => {
    const { ctx, ds, ada } = await setup()
    const chat = await createConversation(ctx, { personId: ada.id })
    expect(chat).toMatchObject({
      person: 'Ada',
      status: 'identified',
      careerIds: [ds.id],
      careers: ['Data scientist'],
      durationMinutes: 30,
      scheduledAt: null,
      allowedStatuses: ['requested', 'scheduled', 'cancelled'],
    })
    await updateSettings(ctx, { conversationMinutes: 20 })
    expect(
      (await createConversation(ctx, { personId: ada.id, careerIds: [] })).durationMinutes,
    ).toBe(20)
  })

  it('moves only along the allowed transitions and says where it can go', async () => {
    const { ctx, ada } = await setup()
    const chat = await createConversation(ctx, { personId: ada.id })
    await expect(updateConversation(ctx, chat.id, { status: 'met' })).rejects.toThrow(
      'status: an identified conversation cannot become met; it can become requested, scheduled, cancelled',
    )
    const requested = await updateConversation(ctx, chat.id, { status: 'requested' })
    expect(requested.statusChangedAt).toBe('2026-03-02T09:00:00.000Z')
    await expect(updateConversation(ctx, chat.id, { status: 'scheduled' })).rejects.toThrow(
      'scheduledAt: a scheduled conversation needs a date and time',
    )
    await updateConversation(ctx, chat.id, {
      status: 'scheduled',
      scheduledAt: '2026-03-05T15:00',
      timeZone: 'Europe/Berlin',
    })
    await updateConversation(ctx, chat.id, { status: 'met' })
    const thanked = await updateConversation(ctx, chat.id, { status: 'thanked' })
    expect(thanked.allowedStatuses).toEqual([])
    await expect(updateConversation(ctx, chat.id, { status: 'requested' })).rejects.toThrow(
      /it is finished/,
    )
  })

  it('reads local times in the time zone and stores UTC instants', async () => {
    const { ctx, ada } = await setup()
    const chat = await createConversation(ctx, {
      personId: ada.id,
      scheduledAt: '2026-03-05 15:00',
      timeZone: 'Europe/Berlin',
    })
    expect(chat).toMatchObject({
      scheduledAt: '2026-03-05T14:00:00.000Z',
      scheduledLocal: '2026-03-05T15:00',
    })
    const withOffset = await updateConversation(ctx, chat.id, {
      scheduledAt: '2026-07-01T09:30:00-04:00',
    })
    expect(withOffset).toMatchObject({
      scheduledAt: '2026-07-01T13:30:00.000Z',
      scheduledLocal: '2026-07-01T15:30',
    })
    // Moving to another zone keeps the wall-clock time that was typed.
    const moved = await updateConversation(ctx, chat.id, { timeZone: 'America/New_York' })
    expect(moved).toMatchObject({
      scheduledLocal: '2026-07-01T15:30',
      scheduledAt: '2026-07-01T19:30:00.000Z',
    })
  })

  it('refuses times that do not exist and zones nobody has heard of', async () => {
    const { ctx, ada } = await setup()
    // 02:30 on 29 March 2026 is skipped in Berlin (clocks jump from 02:00 to 03:00).
    await expect(
      createConversation(ctx, {
        personId: ada.id,
        scheduledAt: '2026-03-29T02:30',
        timeZone: 'Europe/Berlin',
      }),
    ).rejects.toThrow(
      /02:30 on Sunday, 29 March is not a time that exists in Europe\/Berlin \(no such date, or an hour skipped/,
    )
    // In the explorer's own clock: a 12-hour reader reads "2:30 AM".
    await updateSettings(ctx, { clock: '12h' })
    await expect(
      createConversation(ctx, {
        personId: ada.id,
        scheduledAt: '2026-03-29T02:30',
        timeZone: 'Europe/Berlin',
      }),
    ).rejects.toThrow(/2:30 AM on Sunday, 29 March is not a time that exists in Europe\/Berlin/)
    expect(
      await invalidFields(
        createConversation(ctx, {
          personId: ada.id,
          scheduledAt: 'next tuesday',
          timeZone: 'Mars/Olympus',
          durationMinutes: 2,
        }),
      ),
    ).toEqual(['scheduledAt', 'timeZone', 'durationMinutes'])
    await expect(createConversation(ctx, { personId: 'ghost' })).rejects.toThrow(
      /personId: no person/,
    )
  })

  it('lists by status, person and career, upcoming first when asked', async () => {
    const { ctx, ds, ada } = await setup()
    const bo = await createPerson(ctx, { name: 'Bo' })
    const later = await createConversation(ctx, {
      personId: ada.id,
      status: 'scheduled',
      scheduledAt: '2026-03-10T10:00Z',
    })
    const sooner = await createConversation(ctx, {
      personId: bo.id,
      status: 'scheduled',
      scheduledAt: '2026-03-04T10:00Z',
    })
    await createConversation(ctx, { personId: bo.id, status: 'requested' })
    const upcoming = await listConversations(ctx, { status: 'scheduled', sort: 'upcoming' })
    expect(upcoming.items.map((c) => c.id)).toEqual([sooner.id, later.id])
    expect((await listConversations(ctx, { status: 'scheduled,requested' })).total).toBe(3)
    expect((await listConversations(ctx, { personId: bo.id })).total).toBe(2)
    expect((await listConversations(ctx, { careerId: ds.id })).items.map((c) => c.id)).toEqual([
      later.id,
    ])
    await expect(listConversations(ctx, { status: 'maybe' })).rejects.toThrow(
      /status.0: "maybe" is not a status/,
    )
  })

  it('deletes a conversation and nothing else', async () => {
    const { ctx, ada } = await setup()
    const chat = await createConversation(ctx, { personId: ada.id, notes: 'Talked about *hours*' })
    await deleteConversation(ctx, chat.id)
    await expect(getConversation(ctx, chat.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(deleteConversation(ctx, chat.id)).rejects.toBeInstanceOf(NotFoundError)
  })

  it("keeps each explorer's conversations apart", async () => {
    const { ctx, ada } = await setup()
    const theirs = await h.newCtx()
    const chat = await createConversation(ctx, { personId: ada.id })
    await expect(getConversation(theirs, chat.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(createConversation(theirs, { personId: ada.id })).rejects.toThrow(/personId/)
    expect((await listConversations(theirs)).total).toBe(0)
  })
})
