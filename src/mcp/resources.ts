import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import { listCareers } from '../core/careers/service.ts'
import type { Ctx } from '../core/context.ts'
import { listConversations } from '../core/conversations/service.ts'
import { conversationMarkdownOf } from '../core/exports/conversation-record.ts'
import { boardMarkdown } from '../core/insights/board-markdown.ts'
import { getCareerBoard } from '../core/insights/service.ts'
import { protocolError } from './errors.ts'

const markdown = 'text/markdown'
// A client lists what it may attach; the newest conversations are the ones it wants.
const LISTED_CONVERSATIONS = 200

/** The URI of a career board or a conversation, as the resources name them. */
export const resourceUris = {
  board: (careerId: string) => `coffeechat://careers/${encodeURIComponent(careerId)}/board.md`,
  conversation: (id: string) => `coffeechat://conversations/${encodeURIComponent(id)}.md`,
} as const

function one(value: string | string[] | undefined): string {
  return decodeURIComponent(Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))
}

/**
 * Each career board and each conversation as Markdown (a conversation as the
 * Markdown export writes it), so a client can attach them to a chat.
 */
export function registerResources(server: McpServer, ctx: Ctx): void {
  server.registerResource(
    'career-board',
    new ResourceTemplate('coffeechat://careers/{careerId}/board.md', {
      list: async () => ({
        resources: (await listCareers(ctx, {})).items.map((career) => ({
          uri: resourceUris.board(career.id),
          name: `Career board: ${career.name}`,
          mimeType: markdown,
        })),
      }),
    }),
    {
      title: 'Career board',
      description:
        'Everything heard about one career, as Markdown: grid by topic, one-data-point marks, gaps, pros, cons, pay, fit.',
      mimeType: markdown,
    },
    async (uri, variables) => {
      try {
        const text = boardMarkdown(await getCareerBoard(ctx, one(variables.careerId)))
        return { contents: [{ uri: uri.href, mimeType: markdown, text }] }
      } catch (error) {
        throw protocolError(error, `resource ${uri.href}`)
      }
    },
  )
  server.registerResource(
    'conversation',
    new ResourceTemplate('coffeechat://conversations/{conversationId}.md', {
      list: async () => ({
        resources: (
          await listConversations(ctx, { limit: LISTED_CONVERSATIONS, sort: 'recent' })
        ).items.map((c) => ({
          uri: resourceUris.conversation(c.id),
          name: `Conversation with ${c.person}${c.scheduledLocal ? ` (${c.scheduledLocal.slice(0, 10)})` : ''}`,
          mimeType: markdown,
        })),
      }),
    }),
    {
      title: 'Conversation',
      description:
        'One conversation as the Markdown export writes it: notes, questions and answers, reflection.',
      mimeType: markdown,
    },
    async (uri, variables) => {
      try {
        const text = await conversationMarkdownOf(ctx, one(variables.conversationId))
        return { contents: [{ uri: uri.href, mimeType: markdown, text }] }
      } catch (error) {
        throw protocolError(error, `resource ${uri.href}`)
      }
    },
  )
}
