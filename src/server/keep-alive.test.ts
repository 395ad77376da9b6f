import { connect, type Socket } from 'node:net'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from './env.ts'
import { KEEP_ALIVE_MS, listen } from './serve.ts'

const app = new Hono<AppEnv>().get('/', (c) => c.text('ok'))

/** Sends one keep-alive request on the socket and resolves with the answer's status line. */
function ask(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      socket.off('close', onClose)
      resolve(chunk.toString().split('\r\n')[0] ?? '')
    }
    const onClose = () => {
      socket.off('data', onData)
      reject(new Error('the server closed the connection'))
    }
    socket.once('data', onData)
    socket.once('close', onClose)
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n')
  })
}

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('idle keep-alive connections', () => {
  it('stay open longer than the clients and proxies that reuse them', () => {
    // nginx's upstream keep-alive and most load balancers keep theirs for 60 s.
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000)
  })

  it('are kept for the time given, and closed after it', async () => {
    const server = await listen(app, 0, '127.0.0.1', 600)
    const port = Number(new URL(server.url).port)
    try {
      const socket = connect(port, '127.0.0.1')
      await new Promise((resolve) => socket.once('connect', resolve))
      expect(await ask(socket)).toBe('HTTP/1.1 200 OK')
      await idle(300)
      // Still open after 300 ms idle: the second request is answered on it.
      expect(await ask(socket)).toBe('HTTP/1.1 200 OK')
      const closed = new Promise((resolve) => socket.once('close', resolve))
      await idle(900)
      await closed
      expect(socket.destroyed).toBe(true)
    } finally {
      await server.close()
    }
  })
})
