import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { dovecotAround, dovecotOrSkip, imapLogin } from '../../test/dovecot.ts'
import { openRuntime } from '../runtime.ts'
import { startServer } from './serve.ts'

const bin = dovecotOrSkip()
const imap = dovecotAround(bin)

it.skipIf(!bin)(
  'the local server checks a mailbox connected over its API on its own, and stops with it',
  async () => {
    const server = imap()
    const dataDir = mkdtempSync(join(tmpdir(), 'coffeechat-serve-mail-'))
    const runtime = await openRuntime({ dataDir, env: {} })
    const runs: Array<string | null> = []
    // Each "minute" of mailCheckEveryMinutes lasts 100 ms here.
    const running = await startServer({
      runtime,
      port: 0,
      host: '127.0.0.1',
      version: 'test',
      mailTimer: { minuteMs: 100, onRun: (r) => runs.push(r.error) },
    })
    // biome-ignore lint/suspicious/noExplicitAny: the test asserts the shapes it reads
    const call = async (method: string, path: string, body?: unknown): Promise<any> => {
      const response = await fetch(`${running.url}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: running.url },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return response.json()
    }
    try {
      expect(
        (await call('PATCH', '/settings', { mailCheckEveryMinutes: 1 })).settings
          .mailCheckEveryMinutes,
      ).toBe(1)
      await call('POST', '/people', { name: 'Ana Souza', emails: ['ana@serve.example'] })
      server.deliver(
        '',
        `From: ana@serve.example\nSubject: Hello\nMessage-ID: <serve1@serve.example>\nDate: ${new Date().toUTCString()}\n\nHi!\n`,
      )
      await call('PUT', '/mail', imapLogin(server))
      const deadline = Date.now() + 15_000
      while (Date.now() < deadline && runs.length === 0) await new Promise((r) => setTimeout(r, 50))
      expect(runs[0]).toBeNull()
      const status = await call('GET', '/mail')
      expect(status.mail).toMatchObject({ proposals: 1, lastError: null })
      expect(status.mail.checkedAt).not.toBeNull()
    } finally {
      await running.close()
    }
    const after = runs.length
    await new Promise((r) => setTimeout(r, 500))
    expect(runs.length).toBe(after)
    await runtime.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
)
