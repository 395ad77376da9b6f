import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureLocalAccount } from '../core/accounts/service.ts'
import { type OpenDatabase, openDatabase } from '../db/connect.ts'
import { createApp } from './app.ts'
import { listen, type RunningServer } from './serve.ts'

/**
 * A client that sends its whole body — slowly, as over a real network —
 * before it reads the answer (as many do), through a socket of its own:
 * the status line it got, or what went wrong.
 */
function uploadThenRead(
  server: RunningServer,
  path: string,
  bytes: number,
  framing: 'length' | 'chunked',
): Promise<string> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname)
    socket.pause()
    let answer = ''
    let failure = ''
    socket.on('error', (error: NodeJS.ErrnoException) => {
      failure = error.code ?? error.message
    })
    // The body of the answer (the headers end at the first blank line), or what went wrong.
    socket.on('close', () =>
      resolve(answer ? answer.slice(answer.indexOf('\r\n\r\n') + 4) : `no answer (${failure})`),
    )
    const framingHeader =
      framing === 'length' ? `content-length: ${bytes}` : 'transfer-encoding: chunked'
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\norigin: ${server.url}\r\ncontent-type: application/json\r\nconnection: close\r\n${framingHeader}\r\n\r\n`,
    )
    // 80 pieces 15 ms apart: over a second, longer than a server that gives up on unread bytes waits.
    const chunk = Buffer.alloc(Math.ceil(bytes / 80), 'x')
    let sent = 0
    const pump = () => {
      if (socket.destroyed) return
      if (sent >= bytes) {
        if (framing === 'chunked') socket.write('0\r\n\r\n')
        socket.on('data', (data: Buffer) => {
          answer += data.toString()
        })
        socket.resume()
        return
      }
      const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent))
      sent += piece.length
      socket.write(
        framing === 'chunked'
          ? Buffer.concat([
              Buffer.from(`${piece.length.toString(16)}\r\n`),
              piece,
              Buffer.from('\r\n'),
            ])
          : piece,
      )
      setTimeout(pump, 15)
    }
    pump()
  })
}

describe('an upload over the limit, from a client that reads only after sending', () => {
  let database: OpenDatabase
  let server: RunningServer

  beforeAll(async () => {
    database = await openDatabase({ sqliteFile: ':memory:' })
    const now = new Date('2026-03-02T09:00:00Z')
    await ensureLocalAccount(database.db, now)
    const ctx = { db: database.db, engine: database.engine, now: () => now, ownerId: 'local' }
    server = await listen(
      createApp({ local: true, contextFor: () => ctx, version: 'test' }),
      0,
      '127.0.0.1',
    )
  })
  afterAll(async () => {
    await server.close()
    await database.close()
  })

  it('gets its 413 and the reason, declared or streamed, not a reset connection', async () => {
    const MB = 1024 * 1024
    const answers = await Promise.all([
      uploadThenRead(server, '/api/people', 3 * MB, 'length'),
      uploadThenRead(server, '/api/people', 3 * MB, 'chunked'),
      uploadThenRead(server, '/api/restore', 22 * MB, 'length'),
      uploadThenRead(server, '/api/restore', 22 * MB, 'chunked'),
    ])
    const errors = answers.map((a) => (a.startsWith('{') ? JSON.parse(a).error : a))
    expect(errors).toEqual([
      'the request body is too large (at most 2 MB)',
      'the request body is too large (at most 2 MB)',
      expect.stringMatching(/^the backup is larger than 20 MB/),
      expect.stringMatching(/^the backup is larger than 20 MB/),
    ])
  }, 60_000)
})

describe('a read', () => {
  it('is passed on without its (absent) body being asked for', async () => {
    // On the server's lazy request, asking for `body` builds a whole fetch Request.
    let bodyReads = 0
    const request = new Request('http://127.0.0.1/')
    const body = Object.getOwnPropertyDescriptor(Request.prototype, 'body')?.get
    Object.defineProperty(request, 'body', {
      get() {
        bodyReads++
        return body?.call(request)
      },
    })
    const { limitBody } = await import('./body-limit.ts')
    const { Hono } = await import('hono')
    const app = new Hono()
      .use(limitBody({ maxBytes: 10, tooLarge: (c) => c.text('too large', 413) }))
      .get('/', (c) => c.text('read'))
    const response = await app.fetch(request)
    expect([response.status, await response.text(), bodyReads]).toEqual([200, 'read', 0])
  })
})
