import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import type { Ctx } from '../context.ts'
import { connectMail, disconnectMail, mailStatus } from './settings.ts'

// Found by the API fuzzer on PostgreSQL: a disconnect landing between the
// connect's write and its read of the status made the connect a 500.
describeEngines('connecting a mailbox while it is disconnected elsewhere', (h) => {
  it('answers every connect with its status, whatever disconnects run at the same time', async () => {
    const key = randomBytes(32)
    const ctx: Ctx = { ...(await h.newCtx()), secretKey: () => key }
    const connect = (i: number) =>
      connectMail(ctx, {
        host: 'imap.example.org',
        port: 993,
        security: 'tls',
        username: `ada${i}@example.org`,
        password: 'app password',
      })
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? connect(i) : disconnectMail(ctx))),
    )
    const failed = outcomes.filter((o) => o.status === 'rejected')
    expect(failed.map((o) => String((o as PromiseRejectedResult).reason))).toEqual([])
    for (const [i, outcome] of outcomes.entries()) {
      if (i % 2 === 0 && outcome.status === 'fulfilled') {
        expect(outcome.value).toMatchObject({
          host: 'imap.example.org',
          username: `ada${i}@example.org`,
        })
      }
    }
    // What is left is one whole account or none.
    const status = await mailStatus(ctx)
    if (status) expect(status.username).toMatch(/^ada\d+@example\.org$/)
  })
})
