import type { Readable, Writable } from 'node:stream'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { Ctx } from '../core/context.ts'
import { createMcpServer } from './server.ts'

/**
 * Serves MCP on a pair of streams (the process's stdin and stdout) for the
 * local explorer, until the client closes its end. The client runs on the
 * explorer's own machine with the explorer's own files, so it may write.
 *
 * @example await serveStdio(runtime.ctx, process.stdin, process.stdout, version)
 */
export async function serveStdio(
  ctx: Ctx,
  input: Readable,
  output: Writable,
  version: string,
): Promise<void> {
  const server = createMcpServer({ ctx, scope: 'read-write', version })
  const transport = new StdioServerTransport(input, output)
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve()
  })
  await server.connect(transport)
  // The transport does not end by itself when the client goes away.
  const end = () => void server.close()
  input.once('end', end)
  input.once('close', end)
  await closed
}
