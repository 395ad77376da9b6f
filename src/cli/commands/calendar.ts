import type { Command } from 'commander'
import type { CalendarFeed } from '../../core/calendar/schema.ts'
import { momentText } from '../../core/shared/date-words.ts'
import { UsageError } from '../format.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliDateStyle, CliSession } from '../session.ts'

const localhostCaveat =
  'Google Calendar cannot subscribe to a server on this machine (its servers fetch the URL); ' +
  'import a file there instead: coffeechat export ics --out coffeechat.ics'

function describeActive(io: CliIO, feed: CalendarFeed, style: CliDateStyle): void {
  const made = feed.createdAt ? `, made ${momentText(feed.createdAt, style, style.now)}` : ''
  writeLine(io.stdout, `The calendar feed is on: /calendar/${feed.prefix}….ics${made}.`)
  writeLine(
    io.stdout,
    'Its full address was shown once, when it was made (only a hash of it is kept).',
  )
  writeLine(
    io.stdout,
    'For a new address run: coffeechat calendar feed --regenerate (the old one stops working).',
  )
}

/** `coffeechat calendar feed [--regenerate|--off]`: the subscribable feed of your chats. */
export function registerCalendar(program: Command, session: CliSession): void {
  const { io } = session
  const calendar = program.command('calendar').description('your coffee chats in a calendar app')
  calendar
    .command('feed')
    .description(
      'the URL a calendar app subscribes to (made on first use; shown once), or --regenerate / --off',
    )
    .option('--regenerate', 'make a new URL; the old one stops working at once')
    .option('--off', 'turn the feed off; its URL answers 404 from then on')
    .option('--base-url <url>', 'where calendar apps reach coffeechat', 'http://127.0.0.1:4321')
    .option('--json', 'print JSON')
    .action(
      async (
        options: { regenerate?: boolean; off?: boolean; baseUrl: string },
        command: Command,
      ) => {
        if (options.regenerate && options.off)
          throw new UsageError('use --regenerate or --off, not both')
        const ctx = await session.ctx(command)
        const feeds = await import('../../core/calendar/feed.ts')
        const json = session.wantsJson(command)
        if (options.off) {
          const wasOn = (await feeds.getCalendarFeed(ctx)).active
          const feed = await feeds.deleteCalendarFeed(ctx)
          if (json) return printJson(io, feed)
          return writeLine(
            io.stdout,
            wasOn
              ? 'The calendar feed is off; its URL answers 404 from now on.'
              : 'The calendar feed was already off.',
          )
        }
        const current = await feeds.getCalendarFeed(ctx)
        if (current.active && !options.regenerate) {
          if (json) return printJson(io, current)
          return describeActive(io, current, await session.dateStyle(command))
        }
        const made = await feeds.createCalendarFeed(ctx, { baseUrl: options.baseUrl })
        if (json) return printJson(io, made)
        writeLine(io.stdout, made.url)
        writeLine(io.stdout, '')
        writeLine(
          io.stdout,
          `${current.active ? 'A new address: the old one no longer works. ' : ''}Subscribe to it in Apple Calendar or Thunderbird (or open ${made.webcalUrl}); coffeechat must be running (coffeechat start).`,
        )
        writeLine(
          io.stdout,
          'This is the only time the address is shown; keep it private, like a password.',
        )
        writeLine(io.stdout, localhostCaveat)
      },
    )
}
