import { z } from 'zod'
import { Instant, Text } from '../shared/schema.ts'

/** Whether the explorer's subscribable feed is on; its full URL is shown only when made. */
export const CalendarFeed = z.object({
  active: z.boolean(),
  prefix: Text.nullable().describe(
    'The first characters of the secret in the URL, to recognise it',
  ),
  createdAt: Instant.nullable().describe('When the current URL was made'),
})
export type CalendarFeed = z.infer<typeof CalendarFeed>

export const CalendarFeedCreated = CalendarFeed.extend({
  url: Text.describe('The feed URL with its secret; shown this once (only a hash of it is kept)'),
  webcalUrl: Text.describe('The same URL as webcal://, which opens a calendar app'),
})
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>

export const CalendarFeedCreate = z.strictObject({
  baseUrl: z
    .url({ protocol: /^https?$/, message: 'use an address such as http://127.0.0.1:4321' })
    .max(500)
    .optional()
    .describe('Where coffeechat is reached, for the URL; default: the address of this request'),
})
export type CalendarFeedCreate = z.input<typeof CalendarFeedCreate>

/** Where the calendar files are served, for links (the web app and the Today agenda). */
export const calendarPaths = {
  feed: (token: string) => `/calendar/${token}.ics`,
  conversation: (id: string) => `/api/conversations/${encodeURIComponent(id)}/calendar.ics`,
} as const
