import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { mcpTools } from '../src/mcp/server.ts'
import type { Visitor } from './hosted-support.ts'
import { callTool } from './mcp-client.ts'
import { validToolArgs } from './mcp-tool-args.ts'

/**
 * The isolation walk of the MCP server: the second account, with its own
 * read-write token, calls every tool of the registry with the first
 * account's ids, lists and reads the resources, and asks every prompt about
 * the first account's records. Answers the leaks found (none is the pass).
 */
export async function mcpWalkAsSecond(options: {
  serverUrl: string
  second: Visitor
  marker: string
  ids: Map<string, string>
}): Promise<string[]> {
  const { marker } = options
  const id = (kind: string) => options.ids.get(kind) ?? `missing-${kind}`
  const token = await options.second.call('POST', '/api/tokens', { name: 'b', scope: 'read-write' })
  const client = new Client({ name: 'isolation', version: '1.0.0' })
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${options.serverUrl}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token.body.token}` } },
    }),
  )
  const leaks: string[] = []
  const args = validToolArgs({
    career: id('career'),
    organization: id('organization'),
    person: id('person'),
    conversation: id('conversation'),
    planItem: id('planItem'),
    message: id('message'),
  })
  const firstIds = [...options.ids.values()]
  // Tools about the account itself (no record named): they answer, with the second account's own data.
  const filters = new Set(['today', 'search', 'question_bank', 'mail_status', 'mail_findings'])
  for (const tool of mcpTools) if (tool.name.startsWith('list_')) filters.add(tool.name)
  try {
    for (const tool of mcpTools) {
      const answer = await callTool(client, tool.name, args[tool.name])
      // An error may repeat the id it was asked about; a success may hold none of them.
      const shownIds = !answer.isError && firstIds.some((i) => answer.text.includes(i))
      if (answer.text.includes(marker) || shownIds)
        leaks.push(`${tool.name} shows the first account's data: ${answer.text.slice(0, 120)}`)
      // Lists filtered by the first account's ids find nothing; every other tool named
      // one of its records, and must not have found it.
      if (!filters.has(tool.name) && !answer.isError)
        leaks.push(`${tool.name} accepted the first account's ids: ${answer.text.slice(0, 120)}`)
    }
    const { resources } = await client.listResources()
    if (
      JSON.stringify(resources).includes(marker) ||
      firstIds.some((i) => JSON.stringify(resources).includes(i))
    )
      leaks.push('resources/list shows the first account’s records')
    for (const uri of [
      `coffeechat://careers/${id('career')}/board.md`,
      `coffeechat://conversations/${id('conversation')}.md`,
    ]) {
      const read = await client.readResource({ uri }).then(
        (r) => JSON.stringify(r),
        () => '',
      )
      if (read) leaks.push(`${uri} was read by the second account`)
    }
    for (const [name, promptArgs] of [
      ['prepare_conversation', { conversationId: id('conversation') }],
      ['draft_thank_you', { conversationId: id('conversation') }],
      ['what_people_said', { subject: marker, careerId: id('career') }],
      ['what_people_said', { subject: marker }],
      ['which_careers', {}],
    ] as const) {
      const text = await client.getPrompt({ name, arguments: promptArgs }).then(
        (r) => JSON.stringify(r),
        () => '',
      )
      // The subject asked about is echoed back; the first account's records must not be.
      if (text.replaceAll(`about ${marker}`, '').replaceAll(`“${marker}”`, '').includes(marker))
        leaks.push(`prompt ${name} shows the first account's data`)
    }
  } finally {
    await client.close()
  }
  return leaks
}
