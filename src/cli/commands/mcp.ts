import type { Command } from 'commander'
import type { CliSession } from '../session.ts'
import { version } from '../version.ts'

/** `coffeechat mcp`: the MCP server on stdin/stdout, for an assistant on this machine. */
export function registerMcp(
  program: Command,
  session: CliSession,
  keepAlive: (done: Promise<void>) => void,
): void {
  program
    .command('mcp')
    .description(
      'serve your coffeechat to an assistant (Claude Desktop, Claude Code…) over MCP on stdin/stdout',
    )
    .action(async (_options: unknown, command: Command) => {
      const runtime = await session.runtime(command)
      // Loaded here: the SDK is only needed by this command.
      const { serveStdio } = await import('../../mcp/stdio.ts')
      keepAlive(serveStdio(runtime.ctx, session.io.stdin, session.io.stdout, version))
    })
}
