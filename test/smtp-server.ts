import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface TestSmtpServer {
  host: string
  port: number
  user: string
  password: string
  /** Every message accepted so far, parsed. */
  received: ParsedMail[]
  /** The raw bytes of each, as they arrived. */
  raw: Buffer[]
  close: () => Promise<void>
}

/**
 * A real SMTP server on 127.0.0.1 (a free port), in process, for tests.
 * It signs in only `user`/`password` (535 otherwise), answers 451 for
 * recipients starting with "busy" and 550 for those starting with "nobody".
 * STARTTLS is switched off, so clients connect with security "none".
 *
 * @example const smtp = await startTestSmtpServer(); …; await smtp.close()
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const user = 'sam'
  const password = 'correct horse battery staple'
  const received: ParsedMail[] = []
  const raw: Buffer[] = []
  const refuse = (message: string, responseCode: number) =>
    Object.assign(new Error(message), { responseCode })
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user })
      else callback(refuse('Authentication credentials invalid', 535))
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('busy')) {
        return callback(refuse('Mailbox busy, try again later', 451))
      }
      if (address.address.startsWith('nobody')) {
        return callback(refuse('No such user here', 550))
      }
      callback()
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks)
        raw.push(bytes)
        simpleParser(bytes).then(
          (mail) => {
            received.push(mail)
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  if (!address || typeof address === 'string') throw new Error('the SMTP server has no port')
  const { port } = address
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    received,
    raw,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
