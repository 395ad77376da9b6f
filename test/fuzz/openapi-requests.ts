import fc from 'fast-check'
import {
  anyJson,
  anyString,
  brokenValue,
  type IdPool,
  type JsonSchema,
  validValue,
} from './schema-values.ts'

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Record<string, JsonSchema> }
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: JsonSchema }>
  requestBody?: { content: Record<string, { schema?: JsonSchema }> }
}

/** One request to send: what the fuzzer tried, readable in a failure report. */
export interface FuzzRequest {
  operation: string
  method: string
  path: string
  contentType: string | undefined
  body: string | undefined
}

/** One operation of the document, with what it takes. */
export interface Operation {
  method: string
  template: string
  parameters: NonNullable<OpenApiOperation['parameters']>
  body: JsonSchema | undefined
  bodyTypes: string[]
}

/** Every operation of the document: a new route is fuzzed without anyone remembering to. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      template,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
      bodyTypes: Object.keys(op.requestBody?.content ?? {}),
    })),
  )
}

// Bytes that are not a path segment a client would send: raw NUL, broken escapes, traversal.
const hostileSegments = [
  '%00',
  'a%00b',
  '%ZZ',
  '%E0%A4%A',
  '..%2F..%2Fetc',
  '%2e%2e',
  'x'.repeat(5000),
]

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Percent-encodes anything, a lone surrogate too (as the three bytes WTF-8 gives it, which no decoder accepts). */
function encode(value: string): string {
  return value
    .split(loneSurrogate)
    .map(encodeURIComponent)
    .reduce((out, part, i) => {
      const unit = value.match(loneSurrogate)?.[i - 1]?.charCodeAt(0) ?? 0
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
      return `${out}${bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')}${part}`
    })
}

function pathSegment(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  pool: IdPool,
  name: string,
): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: validValue(schema ?? { type: 'string' }, components, pool, name).map((v) =>
        encode(String(v)),
      ),
    },
    { weight: 2, arbitrary: anyString.map((v) => encode(v.slice(0, 3000))) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileSegments) },
  )
}

function queryPairs(
  op: Operation,
  components: Record<string, JsonSchema>,
  pool: IdPool,
): fc.Arbitrary<string> {
  const query = op.parameters.filter((p) => p.in === 'query')
  const one = (p: (typeof query)[number]) =>
    fc.oneof(
      {
        weight: 5,
        arbitrary: validValue(p.schema ?? { type: 'string' }, components, pool, p.name).map((v) =>
          String(v),
        ),
      },
      { weight: 2, arbitrary: anyString.map((v) => v.slice(0, 3000)) },
    )
  const pairs = fc.tuple(
    ...query.map((p) =>
      fc.option(
        one(p).map((v) => `${encode(p.name)}=${encode(v)}`),
        { nil: undefined, freq: 2 },
      ),
    ),
  )
  const odd = fc.constantFrom(
    '',
    'limit=1&limit=2',
    'unknown=1',
    'q=%00',
    'q=%ZZ',
    'offset=-1',
    'limit=99999999999999999999',
  )
  return fc
    .tuple(pairs, fc.option(odd, { freq: 4 }))
    .map(([list, extra]) =>
      [...list.filter((x) => x !== undefined), ...(extra ? [extra] : [])].join('&'),
    )
}

function bodyOf(
  op: Operation,
  components: Record<string, JsonSchema>,
  pool: IdPool,
): fc.Arbitrary<{ contentType: string | undefined; body: string | undefined }> {
  const asJson = (value: unknown) => ({
    contentType: 'application/json',
    body: JSON.stringify(value),
  })
  const schema = op.body ?? { type: 'object' }
  const deepText = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
  return fc.oneof(
    { weight: 6, arbitrary: validValue(schema, components, pool).map(asJson) },
    { weight: 5, arbitrary: brokenValue(schema, components, pool).map(asJson) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        { contentType: 'application/json', body: '{' },
        { contentType: 'application/json', body: '' },
        { contentType: 'application/json', body: 'null' },
        { contentType: 'application/json', body: '[]' },
        { contentType: 'application/json', body: '"\\u0000"' },
        { contentType: 'application/json', body: '{"a":"\\ud800"}' },
        { contentType: 'application/json', body: deepText },
        {
          contentType: 'application/json',
          body: `${'{"a":['.repeat(20_000)}1${']}'.repeat(20_000)}`,
        },
        { contentType: 'application/json', body: `{"notes":"${'x'.repeat(2_200_000)}"}` },
        { contentType: 'application/json; charset=latin1', body: '{"name":"\u00ff"}' },
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            undefined,
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'multipart/form-data',
            'application/xml',
            'text/csv',
            'application/zip',
            '',
          ),
          fc.oneof(
            validValue(schema, components, pool).map((v) => JSON.stringify(v)),
            anyString,
          ),
        )
        .map(([contentType, body]) => ({ contentType, body })),
    },
    { weight: 1, arbitrary: anyJson.map(asJson) },
    { weight: 1, arbitrary: fc.constant({ contentType: undefined, body: undefined }) },
  )
}

/**
 * Requests for one operation: its path with valid or hostile ids, its query
 * with valid, hostile, repeated or unknown parameters, and (for a body) a
 * valid one, a broken one, one that is not JSON, deeply nested or huge, or
 * the right body under the wrong content type.
 */
export function requestsFor(
  op: Operation,
  doc: OpenApiDocument,
  pool: IdPool,
): fc.Arbitrary<FuzzRequest> {
  const components = doc.components?.schemas ?? {}
  const names = [...op.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')
  const segments = fc.tuple(
    ...names.map((name) => {
      const param = op.parameters.find((p) => p.in === 'path' && p.name === name)
      return pathSegment(param?.schema, components, pool, name)
    }),
  )
  const hasBody = op.bodyTypes.length > 0 || !['GET', 'DELETE'].includes(op.method)
  const body = hasBody
    ? bodyOf(op, components, pool)
    : fc.constant({ contentType: undefined, body: undefined })
  return fc.tuple(segments, queryPairs(op, components, pool), body).map(([values, query, sent]) => {
    let path = op.template
    names.forEach((name, i) => {
      path = path.replace(`{${name}}`, values[i] ?? '')
    })
    return {
      operation: `${op.method} ${op.template}`,
      method: op.method,
      path: query ? `${path}?${query}` : path,
      ...sent,
    }
  })
}

/** Every operation's requests, one operation chosen evenly at each draw. */
export function anyRequest(
  doc: OpenApiDocument,
  pool: IdPool,
  skip: (op: Operation) => boolean,
): fc.Arbitrary<FuzzRequest> {
  const ops = operationsOf(doc).filter((op) => !skip(op))
  return fc.oneof(...ops.map((op) => requestsFor(op, doc, pool)))
}
