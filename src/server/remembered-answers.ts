import type { MiddlewareHandler } from 'hono'
import { type ContentCoding, negotiateEncoding } from './accept-encoding.ts'
import { compressionThreshold, compressWhole } from './compression.ts'
import type { AppEnv } from './env.ts'

/** Answers kept at the most, and the characters they may hold together. */
const MOST_ANSWERS = 128
const MOST_CHARACTERS = 8 * 1024 * 1024

interface Remembered {
  stamp: string
  body: string
  headers: Record<string, string>
  /** The body in each coding asked for so far, compressed once. */
  coded: Partial<Record<ContentCoding, Uint8Array<ArrayBuffer>>>
}

const encoder = new TextEncoder()

/** What an answer holds, counted in characters and bytes alike. */
const sizeOf = (answer: Remembered) =>
  answer.body.length + (answer.coded.br?.byteLength ?? 0) + (answer.coded.gzip?.byteLength ?? 0)

/**
 * Remembers the JSON answers of reads that depend on nothing but the data
 * and the request (the people page, a career board, a search: no clock, no
 * random), and answers the same request again from memory for as long as
 * `dataStamp()` says the data has not changed. The stamp is asked before the
 * answer is made: a write that lands while a read is made gives a stamp
 * the remembered answer no longer matches, so an answer is never served
 * for data other than the data it was made from.
 *
 * The key is the path with its query and the request's `Accept-Language`
 * (the one header these answers read). Only 200 answers of JSON are kept,
 * at most `MOST_ANSWERS` of them and `MOST_CHARACTERS` together, the oldest
 * used forgotten first. An answer is compressed once for each coding asked
 * for (brotli or gzip, as compressAnswers would choose), and the
 * compressed bytes are kept with it.
 *
 * @example app.use('/api/people', rememberAnswers(() => runtime.dataStamp()))
 */
export function rememberAnswers(dataStamp: () => string): MiddlewareHandler<AppEnv> {
  const answers = new Map<string, Remembered>()
  let characters = 0
  const forget = (key: string) => {
    const old = answers.get(key)
    if (!old) return
    characters -= sizeOf(old)
    answers.delete(key)
  }
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    const url = c.req.url
    const key = `${url.slice(url.indexOf('/', url.indexOf('//') + 2))}\n${c.req.header('accept-language') ?? ''}`
    const stamp = dataStamp()
    const hit = answers.get(key)
    if (hit && hit.stamp === stamp) {
      // Used again: the last one to be forgotten.
      answers.delete(key)
      answers.set(key, hit)
      // Compressed here, once, as compressAnswers would on every request.
      const coding =
        hit.body.length >= compressionThreshold
          ? negotiateEncoding(c.req.header('accept-encoding'))
          : null
      if (!coding) return c.body(hit.body, 200, hit.headers)
      let bytes = hit.coded[coding]
      if (!bytes) {
        bytes = compressWhole(coding, encoder.encode(hit.body))
        hit.coded[coding] = bytes
        characters += bytes.byteLength
      }
      return c.body(bytes, 200, {
        ...hit.headers,
        'Content-Encoding': coding,
        Vary: 'Accept-Encoding',
      })
    }
    await next()
    const response = c.res
    const contentType = response.headers.get('content-type') ?? ''
    if (response.status !== 200 || !contentType.startsWith('application/json')) return
    if (response.headers.has('set-cookie') || response.headers.has('content-encoding')) return
    const body = await response.text()
    c.res = new Response(body, response)
    forget(key)
    if (body.length > MOST_CHARACTERS / 4) return
    while (answers.size >= MOST_ANSWERS || characters + body.length > MOST_CHARACTERS) {
      const oldest = answers.keys().next().value
      if (oldest === undefined) break
      forget(oldest)
    }
    const headers = Object.fromEntries(response.headers)
    delete headers['content-length']
    answers.set(key, { stamp, body, headers, coded: {} })
    characters += body.length
  }
}
