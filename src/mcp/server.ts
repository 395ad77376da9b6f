import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { TokenScope } from '../core/access-tokens/schema.ts'
import type { Ctx } from '../core/context.ts'
import { ForbiddenError } from '../core/errors.ts'
import { confirmedTools } from './confirmed-tools.ts'
import { toolError, toolResult } from './errors.ts'
import { registerPrompts } from './prompts.ts'
import { readTools } from './read-tools.ts'
import { registerResources } from './resources.ts'
import type { McpTool } from './tool.ts'
import { writeTools } from './write-tools.ts'

/** The one registry: every tool the MCP server offers, reads first. */
export const mcpTools: readonly McpTool[] = [...readTools, ...writeTools, ...confirmedTools]

export interface McpServerOptions {
  /** The explorer every tool acts for. */
  ctx: Ctx
  /** What the connection may do: the token's scope; stdio (the explorer's own machine) is read-write. */
  scope: TokenScope
  version: string
}

const instructions = [
  "coffeechat holds one explorer's informational interviews: careers, organizations, people, conversations, question plans, answers and reflections.",
  'Work only from what the tools return: say who said what, and call a grid row with singleSource true one person’s view, not a fact about the career.',
  'Nothing you do is sent to anyone: create_draft makes a draft the explorer reviews and sends from the app. Add and fill in; never invent answers or pay figures.',
  'Tools that change or remove a record (update_person, update_organization, remove_question_from_plan, delete_draft) answer a preview and a confirmation first: show the explorer the preview and call again with the confirmation only once they agree.',
].join(' ')

/**
 * An MCP server for one explorer over the core services: the tools of
 * `mcpTools`, each career board and conversation as a Markdown resource, and
 * the prompts. Write tools answer a read-only connection with a refusal
 * naming its scope.
 *
 * @example await createMcpServer({ ctx, scope: 'read', version }).connect(transport)
 */
export function createMcpServer(options: McpServerOptions): McpServer {
  const { ctx, scope } = options
  const server = new McpServer(
    { name: 'coffeechat', title: 'coffeechat', version: options.version },
    { instructions },
  )
  for (const tool of mcpTools) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: {
          title: tool.title,
          readOnlyHint: !tool.writes,
          destructiveHint: tool.confirms === true,
          idempotentHint: !tool.writes,
          openWorldHint: false,
        },
      },
      async (args: Record<string, unknown>) => {
        try {
          if (tool.writes && scope === 'read') {
            throw new ForbiddenError(
              `this connection's token has the read scope, so ${tool.name} cannot change anything; make a read-write token in Settings for that`,
            )
          }
          return toolResult(await tool.run(ctx, args))
        } catch (error) {
          return toolError(error, tool.name)
        }
      },
    )
  }
  registerResources(server, ctx)
  registerPrompts(server, ctx)
  return server
}
