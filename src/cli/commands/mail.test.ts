import { expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'
import { type Dovecot, dovecotAround, dovecotOrSkip } from '../../../test/dovecot.ts'

const bin = dovecotOrSkip()
const imap = dovecotAround(bin)

/** `coffeechat mail connect` to the test's dovecot, the password on stdin. */
function connectArgs(server: Dovecot): string[] {
  return [
    'mail',
    'connect',
    '--host',
    server.host,
    '--port',
    String(server.port),
    '--security',
    'none',
    '--user',
    server.user,
    '--password-stdin',
  ]
}

it.skipIf(!bin)(
  'connects, checks, confirms and disconnects a mailbox from the command line',
  async () => {
    const server = imap()
    const env = { COFFEECHAT_DATA: tempDataDir() }
    await cli(['people', 'add', 'Amara Okafor', '--email', 'amara@northwind.example'], env)
    server.deliver(
      '',
      `From: amara@northwind.example\nTo: sam@example.org\nSubject: Hello Sam\nMessage-ID: <c1@northwind.example>\nDate: ${new Date().toUTCString()}\n\nGlad to help.\n`,
    )
    server.deliver(
      '',
      `From: x@stranger.example\nSubject: Spam\nMessage-ID: <c2@stranger.example>\n\nno\n`,
    )
    const noPassword = await cli(
      ['mail', 'connect', '--host', server.host, '--user', server.user],
      env,
    )
    expect(noPassword.code).toBe(2)
    expect(noPassword.stderr).toContain('--password-stdin')
    const connected = await cli(connectArgs(server), env, `${server.password}\n`)
    expect(connected.code, connected.stderr).toBe(0)
    const checked = await cli(['mail', 'check'], env)
    expect(checked.code, checked.stderr).toBe(0)
    expect(checked.stdout).toContain('Found 1 about people you know')
    const status = await cli(['mail', 'status', '--json'], env)
    const { proposals } = status.json<{ proposals: Array<{ id: string; subject: string }> }>()
    expect(proposals.map((p) => p.subject)).toEqual(['Hello Sam'])
    const shown = (await cli(['mail', 'status'], env)).stdout
    expect(shown).toContain('replied  amara@northwind.example  Hello Sam')
    expect(shown).toMatch(/Checked\s+every 10 minutes while coffeechat start runs/)
    // Nothing was sent to Amara yet, so there is nothing to reply to: a clear message.
    const confirm = await cli(['mail', 'confirm', proposals[0]?.id ?? ''], env)
    expect(confirm.code).toBe(1)
    expect(confirm.stderr).toContain('nothing has been sent to Amara Okafor yet')
    expect((await cli(['mail', 'dismiss', proposals[0]?.id ?? ''], env)).code).toBe(0)
    expect((await cli(['mail', 'disconnect'], env)).stdout).toContain('every finding')
    expect((await cli(['mail', 'status'], env)).stdout).toContain('No mailbox connected')
  },
)

it.skipIf(!bin)('people show names a bounced address and says to try another route', async () => {
  const server = imap()
  const env = { COFFEECHAT_DATA: tempDataDir() }
  await cli(
    ['people', 'add', 'Gus Ray', '--email', 'gus@gone.example', '--phone', '+1 555 0100'],
    env,
  )
  server.deliver(
    '',
    `From: MAILER-DAEMON@mx.example\nTo: sam@example.org\nSubject: Undelivered Mail\nMessage-ID: <bounce-cli@mx.example>\nContent-Type: multipart/report; report-type=delivery-status; boundary="BB"\nDate: ${new Date().toUTCString()}\n\n--BB\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; gus@gone.example\nAction: failed\n--BB--\n`,
  )
  expect((await cli(connectArgs(server), env, `${server.password}\n`)).code).toBe(0)
  expect((await cli(['mail', 'check'], env)).code).toBe(0)
  const shown = await cli(['people', 'show', 'Gus Ray'], env)
  expect(shown.stdout).toMatch(
    /Bouncing\s+gus@gone\.example — mail to it came back: try another route/,
  )
  const json = (await cli(['people', 'show', 'Gus Ray', '--json'], env)).json<{
    bouncingEmails: string[]
  }>()
  expect(json.bouncingEmails).toEqual(['gus@gone.example'])
})
