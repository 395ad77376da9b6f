import { Duplex } from 'node:stream'
import {
  brotliCompressSync,
  constants,
  createBrotliCompress,
  createGzip,
  gzipSync,
} from 'node:zlib'
import type { MiddlewareHandler } from 'hono'
import { type ContentCoding, listsHeader, negotiateEncoding, noneMatch } from './accept-encoding.ts'

/** Below this many bytes an answer goes as it is: the coding's own overhead would eat the gain. */
export const compressionThreshold = 1024

/**
 * Types worth compressing: text of every kind, JSON, JavaScript, SVG, XML.
 * Archives, images and fonts are compressed already; event streams must
 * reach the reader as they are written.
 */
const compressibleType =
  /^\s*(?:text\/(?!event-stream)[\w.+-]+|application\/(?:json|javascript|ecmascript|xml|x-ndjson|[\w.-]+\+(?:json|xml))|image\/svg\+xml)\s*(?:;|$)/i

/**
 * Whether an answer of this `Content-Type` is one to compress.
 *
 * @example isCompressible('application/json; charset=UTF-8') // true
 * @example isCompressible('application/zip') // false
 */
export function isCompressible(contentType: string | null): boolean {
  return contentType !== null && compressibleType.test(contentType)
}

const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }

/**
 * A streaming compressor: brotli at quality 4 (about gzip's speed, smaller
 * output; the build's own files are brotli'd at 11 ahead of time) or gzip at
 * its default level.
 */
function compressor(coding: ContentCoding): ReadableWritablePair<Uint8Array, Uint8Array> {
  const stream = coding === 'br' ? createBrotliCompress(brotliOptions) : createGzip()
  return Duplex.toWeb(stream) as ReadableWritablePair<Uint8Array, Uint8Array>
}

/** The same coding of a body already whole (a JSON answer): one call, no stream pair. */
export function compressWhole(coding: ContentCoding, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = coding === 'br' ? brotliCompressSync(bytes, brotliOptions) : gzipSync(bytes)
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength) as Uint8Array<ArrayBuffer>
}

/**
 * Reads a body until `threshold` bytes have come or it has ended, so the
 * decision to compress needs no Content-Length and never holds a stream
 * whole: what was read is handed on in front of the rest.
 */
async function peek(body: ReadableStream<Uint8Array>, threshold: number) {
  const reader = body.getReader()
  const head: Uint8Array[] = []
  let size = 0
  while (size < threshold) {
    const { done, value } = await reader.read()
    if (done) {
      reader.releaseLock()
      return { ended: true as const, head, size }
    }
    head.push(value)
    size += value.byteLength
  }
  // An answer made from a string (every JSON answer) comes as one chunk and
  // is over at the next read: it is then compressed whole, without streams.
  const next = await reader.read()
  if (next.done) {
    reader.releaseLock()
    return { ended: true as const, head, size }
  }
  head.push(next.value)
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk)
    },
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) controller.close()
      else controller.enqueue(value)
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
  return { ended: false as const, rest }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

/** A strong entity tag turned weak: a compressed answer is not the same bytes as the one tagged. */
function weakened(etag: string): string {
  return etag.startsWith('W/') ? etag : `W/${etag}`
}

/**
 * Compresses answers (JSON, HTML, calendars, vCards, CSV…) with brotli or
 * gzip, whichever the request's `Accept-Encoding` prefers, when they are at
 * least `threshold` bytes. Every answer of a compressible type says
 * `Vary: Accept-Encoding`; answers already encoded (the build's
 * precompressed files), marked `no-transform`, partial or empty pass
 * untouched; a streamed answer stays a stream. A compressed answer's
 * entity tag is made weak, and a request whose `If-None-Match` names it
 * gets 304, whatever the route compared.
 *
 * @example app.use('*', compressAnswers())
 */
export function compressAnswers(threshold = compressionThreshold): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const response = c.res
    const headers = response.headers
    if (!isCompressible(headers.get('content-type'))) return
    if (response.status < 200 || [204, 206, 304].includes(response.status)) return
    if (headers.has('content-encoding')) return
    if (/\bno-transform\b/i.test(headers.get('cache-control') ?? '')) return
    const coding =
      c.req.method === 'HEAD' ? null : negotiateEncoding(c.req.header('accept-encoding'))
    // The body is asked for only when it is to be compressed: on the server's
    // lazy answer, asking builds a whole fetch Response and a stream.
    if (coding && !response.body) return
    if (!listsHeader(headers.get('vary'), 'Accept-Encoding'))
      headers.append('Vary', 'Accept-Encoding')
    if (!coding || !response.body) return
    const declared = headers.get('content-length')
    if (declared !== null && Number(declared) < threshold) return
    const peeked = await peek(response.body, threshold)
    const etag = headers.get('etag')
    if (peeked.ended && peeked.size < threshold) {
      c.res = new Response(concat(peeked.head, peeked.size), response)
      return
    }
    if (etag && response.status === 200 && noneMatch(c.req.header('if-none-match'), etag)) {
      if (!peeked.ended) await peeked.rest.cancel()
      c.res = new Response(null, { status: 304, headers })
      c.res.headers.set('ETag', weakened(etag))
      c.res.headers.delete('content-length')
      return
    }
    // Hono copies the old answer's headers onto the new one: what changes is set after.
    c.res = peeked.ended
      ? new Response(compressWhole(coding, concat(peeked.head, peeked.size)), response)
      : new Response(peeked.rest.pipeThrough(compressor(coding)), response)
    c.res.headers.delete('content-length')
    c.res.headers.delete('accept-ranges')
    c.res.headers.set('Content-Encoding', coding)
    if (etag) c.res.headers.set('ETag', weakened(etag))
  }
}
