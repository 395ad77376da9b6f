import fc from 'fast-check'

/** The part of JSON Schema (OpenAPI 3.1) that the API's request schemas use. */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  pattern?: string
  format?: unknown
  default?: unknown
}

/** Where generated values find the ids of records that exist, so references are exercised. */
export interface IdPool {
  ids: () => string[]
}

/**
 * Strings no well-behaved client sends, each a known way to break a server:
 * characters PostgreSQL refuses (NUL) or cannot encode (lone surrogates),
 * text meant for another interpreter, and shapes of ids that are not ids.
 */
export const hostileStrings = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDFFF',
  '💥👩🏽‍💻🇺🇦',
  'e\u0301\u0301\u0301',
  '\u202Eevil.exe',
  '\u200B\uFEFF',
  "' or 1=1 --",
  '"; drop table people; --',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '%00',
  '%ZZ',
  '\\',
  '$'.concat('{7*7}{{7*7}}'),
  '\r\nSet-Cookie: x=1',
  ' ',
  '',
  '-1',
  '1e309',
  'NaN',
  'null',
  '0x7fffffff',
  '2026-02-30T25:61:00Z',
  '9999-12-31',
  'Europe/Atlantis',
  'a@b',
  'ÅÄÖ ß ﬁ Ⅻ ㈱',
]

const hugeString = fc.constantFrom('x'.repeat(70_000), 'é'.repeat(210_000), '\u0000'.repeat(5000))

/** Any string, leaning on the hostile ones; now and then a very long one. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
)

/** Any JSON value, shallow or deep, for fields that get the wrong type. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31) - 1, 1e308, [], {}),
  anyString,
  fc.array(fc.constantFrom(1, 'a', null), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'a'), fc.constant(1)),
  fc.constant(deep(500)),
)

/** A value nested `depth` levels: arrays in objects in arrays… */
export function deep(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  if (!schema.$ref) return schema
  return resolve(components[schema.$ref.split('/').at(-1) ?? ''] ?? {}, components)
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type
  if (schema.type) return [schema.type]
  if (schema.properties) return ['object']
  return []
}

/**
 * Values a schema accepts (as far as its JSON Schema says: zod refinements
 * are not in the document, so some of these are refused too, as they should be).
 * Fields named like references (`personId`, `careerIds`) mostly get ids that exist.
 */
export function validValue(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  pool: IdPool,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components)
  const variants = s.anyOf ?? s.oneOf
  if (variants?.length) {
    return fc.oneof(...variants.map((v) => validValue(v, components, pool, name, depth + 1)))
  }
  if (s.allOf?.length) return validValue(s.allOf[0] ?? {}, components, pool, name, depth + 1)
  if (s.enum?.length) return fc.constantFrom(...s.enum)
  const types = typesOf(s)
  const options = types.map((type) => valueOfType(type, s, components, pool, name, depth))
  if (options.length === 0) return anyJson
  return options.length === 1 ? (options[0] as fc.Arbitrary<unknown>) : fc.oneof(...options)
}

function valueOfType(
  type: string,
  s: JsonSchema,
  components: Record<string, JsonSchema>,
  pool: IdPool,
  name: string,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 })
    case 'number':
      return fc.double({
        min: s.minimum ?? -1e6,
        max: s.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      })
    case 'string':
      return validString(s, pool, name)
    case 'array': {
      const item = validValue(s.items ?? {}, components, pool, singular(name), depth + 1)
      const max = Math.min(s.maxItems ?? 5, 5)
      return fc.array(item, { minLength: Math.min(s.minItems ?? 0, max), maxLength: max })
    }
    case 'object': {
      if (depth > 6) return fc.constant({})
      const properties = s.properties ?? {}
      const required = new Set(s.required ?? [])
      const shape = Object.fromEntries(
        Object.entries(properties).map(([key, sub]) => [
          key,
          validValue(sub, components, pool, key, depth + 1),
        ]),
      )
      return fc.record(shape, {
        requiredKeys: Object.keys(properties).filter((k) => required.has(k)),
      })
    }
    default:
      return anyJson
  }
}

function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -1) : name
}

function validString(s: JsonSchema, pool: IdPool, name: string): fc.Arbitrary<string> {
  const min = s.minLength ?? 0
  const max = Math.min(s.maxLength ?? 80, 80)
  if (/(^id|Id)$/.test(name)) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...pool.ids(), 'no-such-id') },
      { weight: 1, arbitrary: fc.uuid({ version: 7 }) },
    )
  }
  if (typeof s.pattern === 'string') {
    try {
      return fc
        .stringMatching(new RegExp(s.pattern))
        .filter((v) => v.length <= (s.maxLength ?? 1e9))
    } catch {
      // A pattern JavaScript cannot read is a plain string here.
    }
  }
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
  if (/email/i.test(name)) return fc.emailAddress()
  if (/url|website/i.test(name))
    return fc.oneof(fc.webUrl(), fc.constant('https://www.linkedin.com/in/ada-lovelace'))
  return fc.string({ minLength: min, maxLength: Math.max(min, max) })
}

/**
 * A value that breaks a schema in one place: a field gets a hostile string
 * or the wrong type, a required field goes, an unknown one comes.
 */
export function brokenValue(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  pool: IdPool,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components)
  const properties = Object.keys(s.properties ?? {})
  if (!typesOf(s).includes('object') || properties.length === 0) {
    return fc.oneof(anyJson, anyString)
  }
  return fc
    .tuple(
      validValue(s, components, pool),
      fc.constantFrom(...properties),
      fc.oneof(
        { weight: 3, arbitrary: anyString.map((v) => ({ set: v })) },
        { weight: 2, arbitrary: anyJson.map((v) => ({ set: v })) },
        { weight: 1, arbitrary: fc.constant({ drop: true }) },
        { weight: 1, arbitrary: fc.constant({ extra: true }) },
      ),
    )
    .map(([value, key, change]) => {
      const out = { ...(value as Record<string, unknown>) }
      if ('set' in change) out[key] = change.set
      else if ('drop' in change) delete out[key]
      else out.notAField = 1
      return out
    })
}
