import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../src/db/connect.ts'
import { engines, openTestDatabase } from './engines.ts'
import { browserOf, type HostedApp, hostedAppOn, signedUp } from './hosted-in-process.ts'
import type { Mail } from './hosted-support.ts'

/**
 * Limits and one-time tokens under simultaneous requests, on both engines
 * (hosted mode in process; PostgreSQL with a pool wide enough that the
 * requests really run at once).
 */
describe.each(engines())(
  'sign-in limits and reset links under parallel requests [%s]',
  (engine) => {
    let database: OpenDatabase | undefined
    let app: HostedApp
    let mail: Mail[]

    beforeAll(async () => {
      // A pool wide enough that the requests really run at once.
      database = await openTestDatabase(engine, 20)
      ;({ app, mail } = hostedAppOn(database))
    })
    afterAll(async () => {
      await database?.close()
    })

    const unique = () => randomBytes(4).toString('hex')
    const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`
    const signIn = (from: string, email: string, password: string) =>
      browserOf(app, from).call('POST', '/api/auth/login', { email, password })

    it('checks at most 5 of 40 simultaneous wrong passwords on one account, and a right one in the burst gets in only among those 5', async () => {
      const email = `target-${unique()}@example.org`
      await signedUp(app, email, 'the-right-password')
      // Each from its own address, so only the account's limit applies.
      const answers = await Promise.all([
        ...Array.from({ length: 40 }, (_, i) => signIn(address(), email, `wrong-guess-${i}`)),
        signIn(address(), email, 'the-right-password'),
      ])
      const statuses = answers.map((a) => a.status)
      const checked = statuses.filter((s) => s === 401 || s === 200)
      expect(statuses.filter((s) => s >= 500)).toEqual([])
      expect(checked.length).toBeLessThanOrEqual(5)
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(36)
      const later = await signIn(address(), email, 'the-right-password')
      if (!statuses.includes(200)) expect(later.status).toBe(429)
    })

    it('checks at most 30 of 200 simultaneous sign-ins from one address', async () => {
      const from = `192.0.2.${Math.floor(Math.random() * 250) + 1}`
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          signIn(from, `nobody-${unique()}-${i}@example.org`, 'some-password'),
        ),
      )
      const statuses = answers.map((a) => a.status)
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(30)
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([])
    })

    async function resetLink(email: string): Promise<string> {
      const before = mail.length
      const asked = await browserOf(app).call('POST', '/api/auth/password-reset/request', { email })
      expect(asked.status).toBe(200)
      expect(mail.length).toBe(before + 1)
      const token = mail.at(-1)?.text.match(/reset-password\?token=(\S+)/)?.[1]
      return decodeURIComponent(token ?? '')
    }
    const reset = (token: string, newPassword: string) =>
      browserOf(app).call('POST', '/api/auth/password-reset', { token, newPassword })

    it('lets a reset link work exactly once out of 20 simultaneous uses', async () => {
      const email = `forgetful-${unique()}@example.org`
      await signedUp(app, email, 'the-first-password')
      const token = await resetLink(email)
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => reset(token, `new-password-number-${i}`)),
      )
      const won = answers.flatMap((a, i) => (a.status === 200 ? [i] : []))
      expect(won).toHaveLength(1)
      expect(answers.filter((a) => a.status !== 200).map((a) => a.body.issues?.[0]?.path)).toEqual(
        Array(19).fill('token'),
      )
      expect((await signIn(address(), email, `new-password-number-${won[0]}`)).status).toBe(200)
    })

    it('ends every older reset link when a new one is asked for, a reset is done or the password changes', async () => {
      const email = `careful-${unique()}@example.org`
      await signedUp(app, email, 'the-first-password')
      const first = await resetLink(email)
      const second = await resetLink(email)
      expect((await reset(first, 'from-the-first-link')).status).toBe(400)
      const third = await resetLink(email)
      expect((await reset(third, 'from-the-third-link')).status).toBe(200)
      expect((await reset(second, 'from-the-second-link')).status).toBe(400)

      const signedIn = browserOf(app, address())
      expect(
        (await signedIn.call('POST', '/api/auth/login', { email, password: 'from-the-third-link' }))
          .status,
      ).toBe(200)
      const fourth = await resetLink(email)
      const changed = await signedIn.call('POST', '/api/auth/password', {
        currentPassword: 'from-the-third-link',
        newPassword: 'changed-by-hand',
      })
      expect(changed.status).toBe(200)
      const refused = await reset(fourth, 'from-the-fourth-link')
      expect(refused.status).toBe(400)
      expect(refused.body.issues[0].path).toBe('token')
    })
  },
)
