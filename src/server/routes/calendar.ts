import { createHash } from 'node:crypto'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Hono } from 'hono'
import {
  createCalendarFeed,
  deleteCalendarFeed,
  type FeedInstance,
  feedForToken,
  getCalendarFeed,
} from '../../core/calendar/feed.ts'
import { CalendarFeed, CalendarFeedCreated } from '../../core/calendar/schema.ts'
import { conversationCalendar } from '../../core/calendar/service.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer } from '../openapi.ts'
import { idParam } from './params.ts'
import { plainRoutes } from './route-factories.ts'

const calendarType = 'text/calendar; charset=utf-8'
const ics = {
  'text/calendar': { schema: z.string().openapi({ description: 'iCalendar (RFC 5545), UTF-8' }) },
}
const ConversationParam = idParam('The conversation')
const feed = plainRoutes(['Calendar'])

/** A conversation's `.ics`, under `/conversations/{id}/calendar.ics`. */
export const conversationCalendarRoutes = new OpenAPIHono<AppEnv>({
  defaultHook: validationHook,
}).openapi(
  createRoute({
    method: 'get',
    path: '/{id}/calendar.ics',
    tags: ['Calendar'],
    summary:
      'The conversation as an iCalendar file to import (UTC times, agenda, question plan, alarms)',
    request: { params: ConversationParam },
    responses: {
      200: { description: 'The .ics file, as a download', content: ics },
      400: answer('The conversation has no start time yet', ErrorBody),
      404: answer('No such conversation', ErrorBody),
    },
  }),
  async (c) => {
    const file = await conversationCalendar(c.var.ctx, c.req.valid('param').id)
    return c.body(file.text, 200, {
      'Content-Type': calendarType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    })
  },
)

/** The explorer's subscribable feed: whether it is on, a new URL, off. Under `/calendar`. */
export const calendarRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...feed.route(
      'get',
      '/feed',
      {
        summary: 'Whether the calendar feed is on (its URL is shown only when made)',
        ok: answer('The feed', CalendarFeed),
      },
      getCalendarFeed,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/feed',
      tags: ['Calendar'],
      summary: 'Make the feed URL, or a new one (the old URL stops working at once)',
      description:
        'Answers the full URL this once; only a SHA-256 of its secret is kept. Google Calendar cannot subscribe to a server on localhost: import the .ics instead.',
      responses: {
        201: answer('The new feed URL', CalendarFeedCreated),
      },
    }),
    async (c) => {
      // Hosted: the public address. Local: the loopback name and port this request
      // came to (its Host header, which local mode has already checked is loopback).
      const url = new URL(c.req.url)
      const host = c.req.header('host')
      const local =
        host && /^[A-Za-z0-9.:[\]-]{1,300}$/.test(host) ? `${url.protocol}//${host}` : url.origin
      const baseUrl = c.var.hosted?.baseUrl.origin ?? local
      return c.json(await createCalendarFeed(c.var.ctx, { baseUrl }), 201)
    },
  )
  .openapi(
    ...feed.route(
      'delete',
      '/feed',
      {
        summary: 'Turn the feed off: its URL answers 404 from now on',
        ok: answer('The feed, off', CalendarFeed),
      },
      deleteCalendarFeed,
    ),
  )

const notFound = {
  error:
    'no calendar feed at this address: it was turned off or replaced; copy the current one from coffeechat’s Settings',
}

/**
 * The subscribable feed at `/calendar/{token}.ics`, outside `/api`: no
 * session, the secret in the URL is the credential. A wrong, old or
 * malformed token gets the same 404. The body only changes when an event
 * does, so its ETag lets calendar apps poll cheaply (304).
 *
 * @example app.route('/calendar', calendarFeedRoutes(() => instance))
 */
export function calendarFeedRoutes(instanceFor: () => FeedInstance) {
  return new Hono<AppEnv>().get('/:file{[A-Za-z0-9_-]{1,100}\\.ics}', async (c) => {
    const token = c.req.param('file').slice(0, -'.ics'.length)
    const file = await feedForToken(instanceFor(), token)
    if (!file) {
      c.header('Cache-Control', 'no-store')
      return c.json(notFound, 404)
    }
    const etag = `"${createHash('sha256').update(file.text).digest('base64url')}"`
    const headers = {
      'Content-Type': calendarType,
      // inline: Google's "From URL" once failed on attachment.
      'Content-Disposition': 'inline; filename="coffeechat.ics"',
      'Cache-Control': 'private, max-age=300',
      ETag: etag,
    }
    const ifNoneMatch = c.req.header('if-none-match')
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      return c.body(null, 304, headers)
    }
    return c.body(file.text, 200, headers)
  })
}
