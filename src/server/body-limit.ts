import type { Context, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'

export interface BodyLimit {
  /** The largest body the routes behind it take, in bytes. */
  maxBytes: number
  /** The 413 to answer with (what the limit is, and what to do instead). */
  tooLarge: (c: Context) => Response | Promise<Response>
}

// Read and thrown away after the limit, so that the client hears the 413: many
// clients read the answer only once they have sent the whole body, and a server
// that closes the connection on unread bytes resets it, losing the answer.
// Past this much, or this long, the connection is closed instead.
const drainBytes = 64 * 1024 * 1024
const drainMs = 15_000

/**
 * Limits request bodies without buffering them: a declared length over the
 * limit is refused before anything is read, a streamed body when it passes
 * the limit (the routes read it through a counting stream, so an upload can
 * stream on to a parser). Either way the rest of the body is read and thrown
 * away before the 413 goes out — up to 64 MB or 15 s; past that the answer
 * says `Connection: close` — so the client gets the 413, not a reset.
 *
 * @example app.use('/api/*', limitBody({ maxBytes: 2 * 1024 * 1024, tooLarge: (c) => c.json({ error: 'too large' }, 413) }))
 */
export function limitBody({ maxBytes, tooLarge }: BodyLimit): MiddlewareHandler {
  return async (c, next) => {
    // GET and HEAD carry no body here; asking for it would build a whole
    // fetch Request out of the server's lazy one, on every read.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const body = c.req.raw.body
    if (!body) return next()
    const declared = Number(c.req.header('content-length'))
    const reader = body.getReader()
    if (!c.req.header('transfer-encoding') && declared > maxBytes) {
      return refuse(c, await drain(reader, declared <= drainBytes), tooLarge)
    }
    let size = 0
    let over = false
    const counted = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read()
        if (done) return controller.close()
        size += value.byteLength
        if (size <= maxBytes) return controller.enqueue(value)
        over = true
        controller.error(new HTTPException(413, { message: 'the request body is too large' }))
      },
      cancel: (reason) => reader.cancel(reason),
    })
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit)
    await next()
    if (over) c.res = await refuse(c, await drain(reader, true), tooLarge)
  }
}

/** Reads the rest of a body and drops it; false when it went on past the budget. */
async function drain(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  worthTrying: boolean,
): Promise<boolean> {
  if (!worthTrying) return false
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'late'>((done) => {
    timer = setTimeout(() => done('late'), drainMs)
  })
  try {
    let read = 0
    while (read <= drainBytes) {
      // A client that stops sending must not hold the answer back.
      const next = await Promise.race([reader.read(), late])
      if (next === 'late') return false
      if (next.done) return true
      read += next.value.byteLength
    }
    return false
  } finally {
    clearTimeout(timer)
  }
}

async function refuse(
  c: Context,
  drained: boolean,
  tooLarge: BodyLimit['tooLarge'],
): Promise<Response> {
  const response = await tooLarge(c)
  if (!drained) response.headers.set('Connection', 'close')
  return response
}
