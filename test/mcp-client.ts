import type { Client } from '@modelcontextprotocol/sdk/client/index.js'

/** A tool's answer as a test reads it: whether it failed, its text, and its structured content. */
export interface ToolAnswer {
  isError: boolean
  text: string
  // biome-ignore lint/suspicious/noExplicitAny: tests read structured answers freely
  data: any
}

/**
 * Calls one tool through the SDK's client and flattens the answer.
 *
 * @example const { data } = await callTool(client, 'list_people', { limit: 1 })
 */
export async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolAnswer> {
  const result = await client.callTool({ name, arguments: args })
  const content = Array.isArray(result.content) ? result.content : []
  const text = content
    .map((c: { type?: string; text?: string }) => (c.type === 'text' ? (c.text ?? '') : ''))
    .join('\n')
  return { isError: result.isError === true, text, data: result.structuredContent }
}
