import type { Command } from 'commander'
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenScopes } from '../../core/access-tokens/schema.ts'
import { table, UsageError } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

const minute = (instant: string | null) => (instant ? instant.slice(0, 16).replace('T', ' ') : '')

/** `--expires 30`, `30d`, `never`: the days a new token lasts, or null for never. */
function expiryDays(value: string): number | null {
  if (value === 'never') return null
  const days = /^(\d+)d?$/.exec(value.trim())
  const n = days ? Number(days[1]) : Number.NaN
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOKEN_DAYS)
    throw new UsageError(
      `--expires must be a number of days from 1 to ${MAX_TOKEN_DAYS} (such as 30 or 30d), or never; not "${value}"`,
    )
  return n
}

/** `coffeechat tokens create|list|revoke`: personal access tokens for scripts and assistants. */
export function registerTokens(program: Command, session: CliSession): void {
  const { io } = session
  const tokens = program
    .command('tokens')
    .description('personal access tokens, for scripts and assistants (coffeechat mcp over HTTP)')
  tokens
    .command('create')
    .description('make a token; it is shown this once')
    .argument('<name>', 'what the token is for, e.g. "Claude on my laptop"')
    .option('--scope <scope>', `${tokenScopes.join(' or ')}`, 'read')
    .option(
      '--expires <days>',
      `days until it is refused (1 to ${MAX_TOKEN_DAYS}), or never`,
      String(DEFAULT_TOKEN_DAYS),
    )
    .option('--json', 'print JSON')
    .action(async (name: string, options: { scope: string; expires: string }, command: Command) => {
      if (!tokenScopes.some((s) => s === options.scope))
        throw new UsageError(`--scope must be ${tokenScopes.join(' or ')}, not "${options.scope}"`)
      const expiresInDays = expiryDays(options.expires)
      const { createAccessToken } = await import('../../core/access-tokens/service.ts')
      const made = await createAccessToken(await session.ctx(command), {
        name,
        scope: options.scope,
        expiresInDays,
      })
      if (session.wantsJson(command)) return printJson(io, made)
      writeLine(io.stdout, made.token)
      writeLine(io.stdout, '')
      writeLine(
        io.stdout,
        `Token "${made.name}" (${made.scope}, ${made.expiresAt ? `expires ${minute(made.expiresAt)} UTC` : 'never expires'}). This is the only time it is shown; only a hash of it is kept.`,
      )
      writeLine(
        io.stdout,
        'Send it as: Authorization: Bearer <token>. Keep it private, like a password.',
      )
    })
  tokens
    .command('list')
    .description('your tokens, with when each was last used')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      const all = await (await session.source(command)).tokens()
      await session.replyList(
        command,
        all,
        'No access tokens. Make one: coffeechat tokens create <name>',
        (all) =>
          table(
            all.map((t) => [
              t.id,
              t.name,
              t.scope,
              `${t.prefix}…`,
              minute(t.createdAt),
              t.lastUsedAt ? minute(t.lastUsedAt) : 'never',
              t.expired
                ? `expired ${minute(t.expiresAt)}`
                : t.expiresAt
                  ? minute(t.expiresAt)
                  : 'never',
            ]),
            ['ID', 'NAME', 'SCOPE', 'TOKEN', 'CREATED (UTC)', 'LAST USED', 'EXPIRES'],
          ),
      )
    })
  tokens
    .command('revoke')
    .description('revoke a token: the next request that carries it is refused')
    .argument('<id>', 'the token’s id (see coffeechat tokens list)')
    .action(async (id: string, _options: unknown, command: Command) => {
      const { revokeAccessToken } = await import('../../core/access-tokens/service.ts')
      await revokeAccessToken(await session.ctx(command), id)
      writeLine(io.stdout, `Revoked token ${id}.`)
    })
}
