import { afterAll, beforeAll } from 'vitest'
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.ts'

/**
 * The test SMTP server of this test file: started before its tests, closed
 * after them; its fields are there once the tests run.
 *
 * @example const smtp = smtpServerForTests(); it('…', async () => { smtp.host })
 */
export function smtpServerForTests(): TestSmtpServer {
  const server = {} as TestSmtpServer
  beforeAll(async () => {
    Object.assign(server, await startTestSmtpServer())
  })
  afterAll(async () => {
    await server.close()
  })
  return server
}
