import { expect, it } from 'vitest'
import { dovecotAround, dovecotOrSkip, imapLogin } from '../../test/dovecot.ts'
import { describeEngines } from '../../test/engines.ts'
import type { Ctx } from '../core/context.ts'
import { checkMail } from '../core/mail/check.ts'
import { listFindings } from '../core/mail/proposals.ts'
import type { MailCheckResult } from '../core/mail/schema.ts'
import { connectMail, disconnectMail, mailStatus } from '../core/mail/settings.ts'
import { createPerson } from '../core/people/service.ts'
import { updateSettings } from '../core/settings/service.ts'
import { startMailTimer } from './mail-timer.ts'

const bin = dovecotOrSkip()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function until(what: () => Promise<boolean> | boolean, ms = 15_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline && !(await what())) await sleep(50)
}

describeEngines('the local mail timer', (h) => {
  const imap = dovecotAround(bin)

  async function explorer(sender: string): Promise<Ctx> {
    const base = await h.newCtx()
    const ctx: Ctx = { ...base, now: () => new Date(), secretKey: () => Buffer.alloc(32, 3) }
    await createPerson(ctx, { name: 'Amara Okafor', emails: [sender] })
    // One "minute" of the timer lasts 150 ms here.
    await updateSettings(ctx, { mailCheckEveryMinutes: 1 })
    return ctx
  }
  const connect = (ctx: Ctx, password: string) => {
    return connectMail(ctx, { ...imapLogin(imap()), password })
  }
  const message = (from: string, n: number) =>
    `From: ${from}\nTo: sam@example.org\nSubject: Note ${n}\nMessage-ID: <t${n}-${from}>\nDate: ${new Date(Date.now() - (10 - n) * 60_000).toUTCString()}\n\nHello ${n}.\n`

  it.skipIf(!bin)(
    'checks every N minutes while connected, never two runs at once, and stops',
    async () => {
      const server = imap()
      const sender = `amara-${h.engine}@northwind.example`
      const ctx = await explorer(sender)
      server.deliver('', message(sender, 1))
      const runs: MailCheckResult[] = []
      let active = 0
      let most = 0
      const timer = startMailTimer({
        ctx: () => ctx,
        minuteMs: 150,
        // The real check, made slower than the interval: the next run must wait for it.
        check: async (c) => {
          active += 1
          most = Math.max(most, active)
          try {
            const result = await checkMail(c)
            await sleep(300)
            return result
          } finally {
            active -= 1
          }
        },
        onRun: (result) => runs.push(result),
      })
      try {
        // Nothing connected yet: the timer waits and reads nothing.
        await sleep(400)
        expect(runs).toEqual([])
        await connect(ctx, server.password)
        await until(() => runs.length >= 1)
        expect(await listFindings(ctx)).toHaveLength(1)
        expect(runs[0]).toEqual({ found: 1, applied: 0, error: null })
        server.deliver('', message(sender, 2))
        await until(async () => (await listFindings(ctx)).length === 2)
        expect((await listFindings(ctx)).map((f) => f.subject)).toEqual(['Note 2', 'Note 1'])
        expect(most).toBe(1)
      } finally {
        await timer.stop()
      }
      const stoppedAt = runs.length
      await sleep(600)
      expect(runs.length).toBe(stoppedAt)
      expect(active).toBe(0)
    },
  )

  it.skipIf(!bin)(
    'records a failed check as the last error and goes on; stops checking once disconnected',
    async () => {
      const server = imap()
      const ctx = await explorer(`bo-${h.engine}@contoso.example`)
      await connect(ctx, 'wrong password')
      const runs: MailCheckResult[] = []
      const timer = startMailTimer({ ctx: () => ctx, minuteMs: 150, onRun: (r) => runs.push(r) })
      try {
        await until(() => runs.length >= 1)
        expect(runs[0]?.error).toMatch(/refused the user name or password/)
        expect((await mailStatus(ctx))?.lastError).toBe(runs[0]?.error)
        // Fixed in Settings: the next run succeeds and clears the error.
        await connect(ctx, server.password)
        const runsBefore = runs.length
        await until(() => runs.length > runsBefore + 1)
        expect((await mailStatus(ctx))?.lastError).toBeNull()
        await disconnectMail(ctx)
        const after = runs.length
        await sleep(600)
        expect(runs.length).toBeLessThanOrEqual(after + 1)
        expect(await mailStatus(ctx)).toBeNull()
      } finally {
        await timer.stop()
      }
    },
  )
})
