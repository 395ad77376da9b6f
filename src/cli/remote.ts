import { readFile, stat } from 'node:fs/promises'
import type { z } from 'zod'
import { DomainError, type FieldIssue, ValidationError } from '../core/errors.ts'
import { UsageError } from './format.ts'
import type { CliIO } from './io.ts'

/** A refusal or failure the server answered with, as the CLI reports it (exit code 1). */
export class RemoteError extends DomainError {
  readonly kind: DomainError['kind']
  readonly status: number
  constructor(kind: DomainError['kind'], status: number, message: string) {
    super(message)
    this.kind = kind
    this.status = status
  }
}

/** Where the remote CLI talks to, and with which token (never printed, never logged). */
export interface RemoteTarget {
  /** The server's address without a trailing slash, e.g. https://coffeechat.example.org */
  baseUrl: string
  token: string | undefined
}

export interface RemoteOptions {
  server?: string
  token?: string
  tokenStdin?: boolean
  tokenFile?: string
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/**
 * The server and token of a remote run, from the options, else
 * COFFEECHAT_SERVER / COFFEECHAT_TOKEN / COFFEECHAT_TOKEN_FILE; undefined
 * for a local run. Plain http is only for this machine: a token sent over
 * it to another would cross the network readable.
 */
export async function remoteTarget(
  options: RemoteOptions & { data?: string },
  io: CliIO,
): Promise<RemoteTarget | undefined> {
  // An explicit --data means this machine's data, whatever COFFEECHAT_SERVER says.
  const server =
    options.server ?? (options.data === undefined ? io.env.COFFEECHAT_SERVER : undefined)
  const named = [
    options.token !== undefined && '--token',
    options.tokenStdin && '--token-stdin',
    options.tokenFile !== undefined && '--token-file',
  ].filter(Boolean)
  if (!server) {
    if (named.length > 0)
      throw new UsageError(`${named[0]} needs --server <url> (or COFFEECHAT_SERVER)`)
    return undefined
  }
  if (options.data !== undefined)
    throw new UsageError(
      '--data and --server do not go together: a remote run uses the server’s data',
    )
  if (named.length > 1) throw new UsageError(`use one of ${named.join(' and ')}, not both`)
  let url: URL
  try {
    url = new URL(server)
  } catch {
    throw new UsageError(`--server must be an address such as https://coffeechat.example.org`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--server must be an http or https address, not ${url.protocol}`)
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
    throw new UsageError(
      `--server ${url.origin} is plain http to another machine: the token would cross the network readable; use https://`,
    )
  if (url.username || url.password || url.search || url.hash)
    throw new UsageError('--server takes the address only (no user, password, query or #)')
  const token = options.tokenStdin
    ? await tokenFromStdin(io)
    : options.tokenFile !== undefined
      ? await tokenFromFile(options.tokenFile)
      : (options.token ??
        (io.env.COFFEECHAT_TOKEN_FILE !== undefined
          ? await tokenFromFile(io.env.COFFEECHAT_TOKEN_FILE)
          : io.env.COFFEECHAT_TOKEN))
  if (token !== undefined && !/^[\x21-\x7e]+$/.test(token))
    throw new UsageError('the token holds spaces or unusual characters; copy it again')
  return { baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, token: token || undefined }
}

async function tokenFromStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk))
  const token = Buffer.concat(chunks).toString('utf8').trim()
  if (!token) throw new UsageError('--token-stdin read nothing; pipe the token in')
  return token
}

async function tokenFromFile(path: string): Promise<string> {
  let mode: number
  let text: string
  try {
    mode = (await stat(path)).mode
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `cannot read the token file ${path}${code === 'ENOENT' ? ': it does not exist' : ` (${code})`}`,
    )
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0)
    throw new UsageError(
      `the token file ${path} can be read by others; make it yours alone: chmod 600 ${path}`,
    )
  const token = text.trim()
  if (!token) throw new UsageError(`the token file ${path} is empty`)
  return token
}

type Query = Record<string, string | number | boolean | undefined | null>

/** The schema an answer is checked against, loaded when the answer arrives. */
export type SchemaOf = () => Promise<z.ZodType>

const kindOfStatus: Record<number, DomainError['kind']> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  429: 'rate-limited',
  502: 'upstream',
  503: 'database',
}

/**
 * The REST API of one coffeechat server, over fetch, as the remote CLI uses
 * it: answers are checked against the same schemas the server answers with,
 * and every refusal becomes a RemoteError (or, for a 400 that names fields,
 * the ValidationError the local command would have thrown).
 */
export class RemoteApi {
  readonly #target: RemoteTarget
  readonly #fetch: typeof fetch

  constructor(target: RemoteTarget, fetcher: typeof fetch = fetch) {
    this.#target = target
    this.#fetch = fetcher
  }

  get(path: string, schema: SchemaOf, query: Query = {}): Promise<unknown> {
    return this.#call('GET', path, schema, query, undefined)
  }

  post(path: string, schema: SchemaOf, body: unknown): Promise<unknown> {
    return this.#call('POST', path, schema, {}, body)
  }

  patch(path: string, schema: SchemaOf, body: unknown): Promise<unknown> {
    return this.#call('PATCH', path, schema, {}, body)
  }

  /** Deletes, when the server answers what is left (a plan without the item). */
  deleteFor(path: string, schema: SchemaOf): Promise<unknown> {
    return this.#call('DELETE', path, schema, {}, undefined)
  }

  /** Deletes; the server answers 204 without a body. */
  async delete(path: string): Promise<void> {
    await this.#call('DELETE', path, undefined, {}, undefined, true)
  }

  /** Every page of a list (the API answers at most 500 at a time). */
  async all(path: string, item: SchemaOf, query: Query = {}): Promise<unknown[]> {
    const items: unknown[] = []
    const schema = await item()
    for (;;) {
      const page = await this.#call(
        'GET',
        path,
        undefined,
        {
          ...query,
          limit: 500,
          offset: items.length,
        },
        undefined,
      )
      const { items: got, total } = page as { items?: unknown; total?: unknown }
      if (!Array.isArray(got) || typeof total !== 'number')
        throw this.#unexpected(path, 'a page of records')
      for (const entry of got) items.push(this.#check(path, schema, entry))
      if (got.length === 0 || items.length >= total) return items
    }
  }

  async #call(
    method: string,
    path: string,
    schema: SchemaOf | undefined,
    query: Query,
    body: unknown,
    emptyAnswer = false,
  ): Promise<unknown> {
    const url = new URL(`${this.#target.baseUrl}/api${path}`)
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value))
    const headers: Record<string, string> = { accept: 'application/json' }
    if (this.#target.token) headers.authorization = `Bearer ${this.#target.token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    let response: Response
    try {
      response = await this.#fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(60_000),
      })
    } catch (error) {
      throw networkError(this.#target.baseUrl, error)
    }
    const text = await response.text()
    let answer: unknown
    try {
      answer = text ? JSON.parse(text) : undefined
    } catch {
      answer = undefined
    }
    if (!response.ok) throw refusal(response.status, answer, this.#target)
    if (emptyAnswer) return undefined
    if (answer === undefined) throw this.#unexpected(path, 'JSON')
    return schema ? this.#check(path, await schema(), answer) : answer
  }

  #check(path: string, schema: z.ZodType, value: unknown): unknown {
    const parsed = schema.safeParse(value)
    if (!parsed.success) throw this.#unexpected(path, 'what this coffeechat expects')
    // Checked, and kept as sent: the printed JSON is then the server's, key for key.
    return value
  }

  #unexpected(path: string, what: string): RemoteError {
    return new RemoteError(
      'upstream',
      502,
      `the server at ${this.#target.baseUrl} answered ${path} with something other than ${what}; is it a coffeechat of this version?`,
    )
  }
}

function refusal(status: number, answer: unknown, target: RemoteTarget): DomainError {
  const body = (answer ?? {}) as { error?: unknown; issues?: unknown }
  const said = typeof body.error === 'string' ? body.error : ''
  const issues = Array.isArray(body.issues) ? (body.issues as FieldIssue[]) : []
  if (status === 400 && issues.length > 0) return new ValidationError(issues)
  const kind = kindOfStatus[status] ?? (status >= 500 ? 'upstream' : 'invalid')
  if (status === 401) {
    const why = target.token
      ? said || 'the token was refused'
      : 'this server needs a personal access token: pass --token-stdin, --token-file or COFFEECHAT_TOKEN (make one in Settings)'
    return new RemoteError(kind, status, `the server refused the request: ${why}`)
  }
  if (status === 404 && !said)
    return new RemoteError(
      kind,
      status,
      `the server at ${target.baseUrl} has no coffeechat API here; check --server`,
    )
  return new RemoteError(
    kind,
    status,
    said ? (status >= 500 ? `the server failed: ${said}` : said) : `the server answered ${status}`,
  )
}

const tlsCodes = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/

function networkError(baseUrl: string, error: unknown): RemoteError {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause
  const code = cause?.code ?? (error as { code?: string })?.code ?? ''
  const name = (error as { name?: string })?.name
  const message =
    name === 'TimeoutError'
      ? `the server at ${baseUrl} did not answer within 60 seconds`
      : code === 'ECONNREFUSED'
        ? `nothing answers at ${baseUrl} (connection refused); is the server running?`
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? `cannot find the server ${new URL(baseUrl).hostname} (no such host name)`
          : tlsCodes.test(code)
            ? `the server at ${baseUrl} has a certificate this machine does not trust (${code}); check the address, or the server's certificate`
            : `cannot reach the server at ${baseUrl}${code ? ` (${code})` : cause?.message ? ` (${cause.message})` : ''}`
  return new RemoteError('upstream', 0, message)
}
