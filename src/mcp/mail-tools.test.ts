import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { expect, it } from 'vitest'
import { dovecotAround, dovecotOrSkip, imapLogin } from '../../test/dovecot.ts'
import { describeEngines } from '../../test/engines.ts'
import { callTool } from '../../test/mcp-client.ts'
import { sentOutreach } from '../../test/sent-outreach.ts'
import { createAccessToken } from '../core/access-tokens/service.ts'
import type { Ctx } from '../core/context.ts'
import { checkMail } from '../core/mail/check.ts'
import { connectMail } from '../core/mail/settings.ts'
import { personOutreach } from '../core/outreach/cadence-service.ts'
import { createPerson } from '../core/people/service.ts'
import { createApp } from '../server/app.ts'

const bin = dovecotOrSkip()
const base = 'http://127.0.0.1:4321'

async function connect(ctx: Ctx, scope: 'read' | 'read-write'): Promise<Client> {
  const app = createApp({ local: true, contextFor: () => ctx, version: 'test' })
  const { token } = await createAccessToken(ctx, { name: scope, scope })
  const client = new Client({ name: 'coffeechat-test', version: '1.0.0' })
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token}`, host: '127.0.0.1:4321' } },
      fetch: async (url, init) => app.request(String(url), init),
    }),
  )
  return client
}

describeEngines('the mail tools of the MCP server', (h) => {
  const imap = dovecotAround(bin, (server) => {
    server.deliver(
      '',
      `From: Amara Okafor <amara@northwind.example>\nTo: sam@example.org\nSubject: Re: Your advice\nMessage-ID: <mcp1@northwind.example>\nDate: Wed, 4 Mar 2026 10:00:00 +0000\n\nHappy to talk on Thursday.\n`,
    )
    server.deliver(
      '',
      `From: bo@contoso.example\nTo: sam@example.org\nSubject: Out of office\nAuto-Submitted: auto-replied\nMessage-ID: <mcp2@contoso.example>\nDate: Wed, 4 Mar 2026 11:00:00 +0000\n\nBack after 2026-03-20.\n`,
    )
  })

  it.skipIf(!bin)(
    'reads the status and findings, and confirms or dismisses only with a write token',
    async () => {
      const server = imap()
      const start = await h.newCtx('2026-03-02T09:00:00Z')
      const ctx: Ctx = {
        ...start,
        now: () => new Date('2026-03-05T09:00:00Z'),
        secretKey: () => Buffer.alloc(32, 5),
      }
      const amara = await createPerson(ctx, {
        name: 'Amara Okafor',
        emails: ['amara@northwind.example'],
      })
      await createPerson(ctx, { name: 'Bo Lind', emails: ['bo@contoso.example'] })
      const body = 'Hi Amara, would you have 20 minutes for my questions? Sam'
      await sentOutreach(ctx, amara.id, 'Your advice', body)

      const reader = await connect(ctx, 'read')
      expect((await callTool(reader, 'mail_status')).data).toEqual({ mail: null })
      await connectMail(ctx, imapLogin(server))
      expect(await checkMail(ctx)).toMatchObject({ found: 2, error: null })
      const status = (await callTool(reader, 'mail_status')).data
      expect(status.mail).toMatchObject({ host: '127.0.0.1', proposals: 2, lastError: null })
      expect(JSON.stringify(status)).not.toContain(server.password)
      const { findings } = (await callTool(reader, 'mail_findings', { status: 'proposed' })).data
      const reply = findings.find((f: { kind: string }) => f.kind === 'reply')
      const away = findings.find((f: { kind: string }) => f.kind === 'auto_reply')
      expect(away).toMatchObject({ address: 'bo@contoso.example', absentUntil: '2026-03-20' })
      const onlyAmara = (await callTool(reader, 'mail_findings', { personId: amara.id })).data
      expect(onlyAmara.findings.map((f: { id: string }) => f.id)).toEqual([reply.id])

      // A read token cannot confirm.
      const refused = await callTool(reader, 'confirm_mail_finding', { id: reply.id })
      expect(refused.isError).toBe(true)
      expect(refused.text).toContain('read scope')
      expect((await personOutreach(ctx, amara.id)).repliedAt).toBeNull()

      const writer = await connect(ctx, 'read-write')
      const confirmed = await callTool(writer, 'confirm_mail_finding', { id: reply.id })
      expect(confirmed.data).toMatchObject({ id: reply.id, status: 'confirmed' })
      expect(await personOutreach(ctx, amara.id)).toMatchObject({
        repliedAt: '2026-03-04T10:00:00.000Z',
        responsiveness: 'booster',
      })
      const dismissed = await callTool(writer, 'dismiss_mail_finding', { id: away.id })
      expect(dismissed.data).toMatchObject({ id: away.id, status: 'dismissed' })
      const missing = await callTool(writer, 'dismiss_mail_finding', { id: 'no-such-finding' })
      expect(missing.isError).toBe(true)
      expect(missing.text).toBe('not found: no mail finding with id no-such-finding')
      expect((await callTool(reader, 'mail_status')).data.mail.proposals).toBe(0)
      await reader.close()
      await writer.close()
    },
  )
})
