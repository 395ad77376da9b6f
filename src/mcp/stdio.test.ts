import { fileURLToPath } from 'node:url'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cli, tempDataDir } from '../../test/cli-harness.ts'
import { createPostgresDatabase, engines } from '../../test/engines.ts'
import { callTool } from '../../test/mcp-client.ts'

const bin = fileURLToPath(new URL('../../bin/coffeechat.js', import.meta.url))

// `coffeechat mcp` as a real child process, driven by the SDK's own client over stdio,
// on the demo data: the README's walk, "what do data scientists say about hours?".
// On PostgreSQL too: `DATABASE_URL` makes the same command use it.
describe.each(engines())('coffeechat mcp over stdio [%s]', (engine) => {
  let client: Client
  beforeAll(async () => {
    const dataDir = tempDataDir()
    const postgres: Record<string, string> =
      engine === 'postgres'
        ? { DATABASE_URL: await createPostgresDatabase(inject('postgresUrl') ?? '') }
        : {}
    const demo = await cli(['demo'], { COFFEECHAT_DATA: dataDir, ...postgres })
    expect(demo.code, demo.stderr).toBe(0)
    client = new Client({ name: 'coffeechat-test', version: '1.0.0' })
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [bin, 'mcp', '--data', dataDir],
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...postgres },
        stderr: 'pipe',
      }),
    )
  }, 60_000)
  afterAll(async () => {
    await client?.close()
  })

  it('answers “what do data scientists say about hours?” from the grid, over stdio', async () => {
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['career_board', 'search']))
    const careers = await callTool(client, 'list_careers', { q: 'Data scientist' })
    const career = careers.data.items[0]
    expect(career?.name).toBe('Data scientist')
    const board = await callTool(client, 'career_board', { careerId: career.id })
    expect(board.isError, board.text).toBe(false)
    const hours = board.data.grid.find((row: { label: string }) =>
      /hours does a normal week/i.test(row.label),
    )
    const said: string[] = hours.cells.flatMap((c: { answers: Array<{ text: string }> }) =>
      c.answers.map((a) => a.text),
    )
    expect(said.length).toBeGreaterThan(1)
    expect(hours.singleSource).toBe(false)

    const { resources } = await client.listResources()
    const boardUri = resources.find((r) => r.name === 'Career board: Data scientist')?.uri ?? ''
    const markdown = await client.readResource({ uri: boardUri })
    const first = markdown.contents[0]
    const text = first && 'text' in first ? first.text : ''
    expect(text).toContain('# Career board: Data scientist')
    expect(text).toContain('How many hours does a normal week take')
    expect(text).toContain('one data point')
  }, 60_000)

  it('writes a draft over stdio and sends nothing; bad input is a clear error', async () => {
    const people = await callTool(client, 'list_people', { limit: 1 })
    const made = await callTool(client, 'create_draft', {
      kind: 'check-in',
      personId: people.data.items[0].id,
    })
    expect(made.isError, made.text).toBe(false)
    expect(made.data.draft.status).toBe('draft')
    expect(made.data.draft.sentAt).toBeNull()
    const wrong = await callTool(client, 'create_draft', { kind: 'spam' })
    expect(wrong.isError).toBe(true)
    expect(wrong.text).toMatch(/kind/)
    expect(wrong.text).toMatch(/personId/)
  })
})
