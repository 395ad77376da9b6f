import type { Ctx } from '../context.ts'
import { parseInput } from '../validate.ts'
import { deleteFeedRow, selectFeed, selectFeedByHash, upsertFeed } from './repo.ts'
import {
  type CalendarFeed,
  CalendarFeedCreate,
  type CalendarFeedCreated,
  calendarPaths,
} from './schema.ts'
import { type CalendarFile, windowCalendar } from './service.ts'
import { hashFeedToken, looksLikeFeedToken, newFeedToken, sameHash } from './tokens.ts'

/**
 * Whether the explorer's feed is on. Its URL cannot be shown again: only a
 * hash of the secret is kept.
 *
 * @example (await getCalendarFeed(ctx)).active // false until one is made
 */
export async function getCalendarFeed(ctx: Ctx): Promise<CalendarFeed> {
  const row = await selectFeed(ctx)
  return row
    ? { active: true, prefix: row.token_prefix, createdAt: row.created_at }
    : { active: false, prefix: null, createdAt: null }
}

/**
 * Makes the feed URL, or a new one: the old URL stops working at once. The
 * answer is the only time the full URL is known; store it in the calendar app.
 *
 * @example (await createCalendarFeed(ctx, { baseUrl: 'http://127.0.0.1:4321' })).url
 * // 'http://127.0.0.1:4321/calendar/Q2x…Zk.ics'
 */
export async function createCalendarFeed(ctx: Ctx, input: unknown): Promise<CalendarFeedCreated> {
  const { baseUrl = 'http://127.0.0.1:4321' } = parseInput(CalendarFeedCreate, input)
  const { token, tokenHash, prefix } = newFeedToken()
  const createdAt = ctx.now().toISOString()
  await upsertFeed(ctx, {
    owner_id: ctx.ownerId,
    token_hash: tokenHash,
    token_prefix: prefix,
    created_at: createdAt,
  })
  const url = `${baseUrl.replace(/\/+$/, '')}${calendarPaths.feed(token)}`
  return {
    active: true,
    prefix,
    createdAt,
    url,
    webcalUrl: url.replace(/^https?:\/\//, 'webcal://'),
  }
}

/**
 * Turns the feed off; its URL answers 404 from then on. Turning off a feed
 * that is already off is not an error.
 *
 * @example await deleteCalendarFeed(ctx) // { active: false, … }
 */
export async function deleteCalendarFeed(ctx: Ctx): Promise<CalendarFeed> {
  await deleteFeedRow(ctx)
  return { active: false, prefix: null, createdAt: null }
}

/** What serving a feed needs of the instance: the database and the clock, no owner yet. */
export type FeedInstance = Pick<Ctx, 'db' | 'engine' | 'now'>

/**
 * The feed behind a token, or null when the token is malformed, unknown,
 * replaced or turned off — the same answer for each, so a caller cannot tell
 * them apart. The token decides whose conversations these are.
 *
 * @example const file = await feedForToken(instance, token) // null for a wrong token
 */
export async function feedForToken(
  instance: FeedInstance,
  token: string,
): Promise<CalendarFile | null> {
  if (!looksLikeFeedToken(token)) return null
  const tokenHash = hashFeedToken(token)
  const row = await selectFeedByHash(instance.db, tokenHash)
  if (!row || !sameHash(row.token_hash, tokenHash)) return null
  return windowCalendar({ ...instance, ownerId: row.owner_id }, 'feed')
}
