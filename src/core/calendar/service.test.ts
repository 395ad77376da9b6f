import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import { verifyIcs } from '../../formats/ics-verify.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import {
  createConversation,
  deleteConversation,
  updateConversation,
} from '../conversations/service.ts'
import { NotFoundError, ValidationError } from '../errors.ts'
import { newId } from '../ids.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson, updatePerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { conversationCalendar, windowCalendar } from './service.ts'

async function addPlan(ctx: Ctx, conversationId: string, items: Array<[string, string]>) {
  await ctx.db
    .insertInto('plan_items')
    .values(
      items.map(([text, state], position) => ({
        id: newId(ctx.now()),
        owner_id: ctx.ownerId,
        conversation_id: conversationId,
        question_id: null,
        text,
        topic: 'path',
        position,
        state,
        answer: '',
        asked_at: null,
        created_at: ctx.now().toISOString(),
        updated_at: ctx.now().toISOString(),
      })),
    )
    .execute()
}

describeEngines('calendar files', (h) => {
  async function setup() {
    const ctx = await h.newCtx()
    const career = await createCareer(ctx, { name: 'Data scientist' })
    const org = await createOrganization(ctx, { name: 'Analytical Engines' })
    const grace = await createPerson(ctx, { name: 'Grace Hopper' })
    const ada = await createPerson(ctx, {
      name: 'Ada Lovelace',
      organizationId: org.id,
      title: 'Senior Engineer',
      careerIds: [career.id],
      connection: 'referral',
      referredById: grace.id,
    })
    const chat = await createConversation(ctx, {
      personId: ada.id,
      status: 'scheduled',
      scheduledAt: '2026-03-05T15:00',
      timeZone: 'Europe/Berlin',
      format: 'video',
      place: 'https://meet.example.org/ada',
    })
    return { ctx, ada, grace, chat }
  }

  it('writes one conversation as an .ics with its agenda and question plan, named after the person', async () => {
    const { ctx, chat } = await setup()
    await addPlan(ctx, chat.id, [
      ['How did you get into this role?', 'planned'],
      ['Which question did we skip?', 'skipped'],
      ['What would you tell your younger self?', 'planned'],
    ])
    const file = await conversationCalendar(ctx, chat.id)
    expect(file.fileName).toBe('coffee-chat-ada-lovelace.ics')
    const { events, properties } = verifyIcs(file.text)
    expect(properties['X-WR-CALNAME']).toBeUndefined()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      uid: `${chat.id}@coffeechat`,
      sequence: 0,
      start: '2026-03-05T14:00:00.000Z',
      end: '2026-03-05T14:30:00.000Z',
      stamp: '2026-03-02T09:00:00.000Z',
      summary: 'Coffee chat with Ada Lovelace (Analytical Engines)',
      url: 'https://meet.example.org/ada',
      status: 'CONFIRMED',
    })
    const description = events[0]?.description ?? ''
    expect(description).toContain('Career: Data scientist\n')
    expect(description).toContain('How we are connected: Referred by Grace Hopper\n')
    expect(description).toContain(
      'Questions to ask (2):\n1. How did you get into this role?\n2. What would you tell your younger self?',
    )
    expect(description).not.toContain('skip')
    expect(events[0]?.alarms.map((a) => a.trigger)).toEqual(['-P1D', '-PT30M'])
  })

  it('keeps the UID and bytes while nothing changes, and raises SEQUENCE on each change subscribers would see', async () => {
    const { ctx, ada, grace, chat } = await setup()
    const first = await conversationCalendar(ctx, chat.id)
    const later = at(ctx, '2026-03-03T10:00:00Z')
    expect((await conversationCalendar(later, chat.id)).text).toBe(first.text)

    await updateConversation(later, chat.id, { scheduledAt: '2026-03-05T16:00' })
    const moved = verifyIcs((await conversationCalendar(later, chat.id)).text).events[0]
    expect(moved).toMatchObject({
      uid: `${chat.id}@coffeechat`,
      sequence: 1,
      start: '2026-03-05T15:00:00.000Z',
      stamp: '2026-03-03T10:00:00.000Z',
      lastModified: '2026-03-03T10:00:00.000Z',
    })

    // Changes elsewhere reach the event too: the plan, the person's name.
    const evening = at(ctx, '2026-03-03T18:00:00Z')
    await addPlan(evening, chat.id, [['What surprised you most?', 'planned']])
    expect(verifyIcs((await conversationCalendar(evening, chat.id)).text).events[0]?.sequence).toBe(
      2,
    )
    await updatePerson(evening, ada.id, { name: 'Augusta Ada King' })
    const renamed = verifyIcs((await conversationCalendar(evening, chat.id)).text).events[0]
    expect(renamed?.sequence).toBe(3)
    expect(renamed?.summary).toBe('Coffee chat with Augusta Ada King (Analytical Engines)')

    // A change the event does not show leaves it alone.
    await updatePerson(evening, grace.id, { emails: ['grace@example.org'] })
    expect(verifyIcs((await conversationCalendar(evening, chat.id)).text).events[0]?.sequence).toBe(
      3,
    )
    // The feed publishes the same SEQUENCE for the same content.
    const feed = verifyIcs((await windowCalendar(evening, 'feed')).text)
    expect(feed.events.map((e) => [e.uid, e.sequence])).toEqual([[`${chat.id}@coffeechat`, 3]])
  })

  it('cancels a cancelled or postponed conversation in its download, with a higher SEQUENCE', async () => {
    const { ctx, chat } = await setup()
    await conversationCalendar(ctx, chat.id)
    await updateConversation(ctx, chat.id, { status: 'postponed' })
    const event = verifyIcs((await conversationCalendar(ctx, chat.id)).text).events[0]
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1, alarms: [] })
    expect(event?.description).toMatch(/^Postponed:/)
  })

  it('refuses a conversation without a start time (400) and one that does not exist or is not yours (404)', async () => {
    const { ctx, ada, chat } = await setup()
    const open = await createConversation(ctx, { personId: ada.id })
    const error = await conversationCalendar(ctx, open.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path).toBe('scheduledAt')
    await expect(conversationCalendar(ctx, 'no-such-id')).rejects.toBeInstanceOf(NotFoundError)
    const stranger = await h.newCtx()
    await expect(conversationCalendar(stranger, chat.id)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('holds the last feedPastDays days and the future; cancelled ones leave the feed but stay in a file as cancelled', async () => {
    const { ctx, ada, chat } = await setup()
    const make = (status: string, scheduledAt: string) =>
      createConversation(ctx, { personId: ada.id, status, scheduledAt, timeZone: 'UTC' })
    const recent = await make('met', '2026-01-01T10:00')
    const old = await make('thanked', '2025-11-01T10:00')
    const cancelled = await make('cancelled', '2026-03-10T10:00')
    const postponed = await make('postponed', '2026-03-12T10:00')
    const proposed = await make('requested', '2026-03-20T10:00')
    const deleted = await make('scheduled', '2026-04-01T10:00')
    await deleteConversation(ctx, deleted.id)

    const feed = verifyIcs((await windowCalendar(ctx, 'feed')).text)
    expect(feed.properties).toMatchObject({
      NAME: 'coffeechat',
      'X-WR-CALNAME': 'coffeechat',
      'X-PUBLISHED-TTL': 'PT1H',
    })
    expect(feed.events.map((e) => e.uid)).toEqual([
      `${recent.id}@coffeechat`,
      `${chat.id}@coffeechat`,
    ])
    expect(feed.events.every((e) => e.status === 'CONFIRMED')).toBe(true)

    const file = await windowCalendar(ctx, 'file')
    expect(file.conversationIds).toEqual([recent.id, chat.id, cancelled.id, postponed.id])
    expect(verifyIcs(file.text).events.map((e) => e.status)).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
      'CANCELLED',
    ])
    expect(file.conversationIds).not.toContain(proposed.id)

    await updateSettings(ctx, { feedPastDays: 200 })
    expect((await windowCalendar(ctx, 'feed')).conversationIds).toEqual([
      old.id,
      recent.id,
      chat.id,
    ])
    await updateSettings(ctx, { feedPastDays: 0 })
    expect((await windowCalendar(ctx, 'feed')).conversationIds).toEqual([chat.id])
  })

  it('gives an empty calendar that still parses when nothing is scheduled', async () => {
    const ctx = await h.newCtx()
    const { text, conversationIds } = await windowCalendar(ctx, 'feed')
    expect(conversationIds).toEqual([])
    expect(verifyIcs(text).events).toEqual([])
  })
})
