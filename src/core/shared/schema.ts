import { z } from 'zod'
import { plainIssueMessage } from './plain-issues.ts'

// Every schema starts from this module, so a person never reads zod's own
// wording ("Too small: expected string to have >=1 characters").
z.config({ customError: plainIssueMessage })

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Text that both engines store as it was sent: PostgreSQL refuses a NUL
 * character in text (SQLite keeps it, and a backup carrying it could then
 * not move to PostgreSQL), and half a UTF-16 surrogate pair has no UTF-8
 * form, so either engine would change it. Every text field, path id and
 * query parameter starts from this, so such input is a 400 naming the field.
 *
 * @example Text.trim().max(200).parse('a\u0000b') // throws: cannot hold a NUL character…
 */
export const Text = z
  .string()
  .refine((value) => !value.includes('\u0000'), {
    message: 'cannot hold a NUL character (U+0000); remove it',
  })
  .refine((value) => !loneSurrogate.test(value), {
    message: 'holds a broken character (half of a UTF-16 surrogate pair); type it again',
  })

/** Record ids are UUIDv7 strings; any non-empty text up to 64 characters is accepted as a reference. */
export const Id = Text.trim().min(1).max(64)

export const Instant = Text.describe('An ISO-8601 UTC instant, such as 2026-03-02T09:00:00.000Z')

export const Markdown = Text.max(200_000)

/** When a stored record was added and when it last changed, as its reads answer them. */
export const recordStamps = { createdAt: Instant, updatedAt: Instant }

/**
 * A change to a record: any of `fields`, and nothing else.
 *
 * @example export const CareerPatch = patchOf({ name, status: CareerStatus })
 */
export function patchOf<Shape extends z.ZodRawShape>(fields: Shape) {
  return z.object(fields).partial().strict()
}

/**
 * A new record: the fields of its patch, of which the `required` ones must be
 * given (in the order of `fields`, as the patch has them).
 *
 * @example export const PersonCreate = createOf(fields, 'name')
 */
export function createOf<Shape extends z.ZodRawShape, Key extends keyof Shape & string>(
  fields: Shape,
  ...required: Key[]
) {
  const given = Object.fromEntries(required.map((key) => [key, fields[key]])) as Pick<Shape, Key>
  return z.object(fields).partial().extend(given).strict()
}

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

/** One page of a list, with the total across all pages. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
}

export interface Page<T> {
  items: T[]
  total: number
  limit: number
  offset: number
}

/**
 * What saving an edit answers when edits may arrive late and out of order
 * (see shared/last-writer.ts): the record as saved, and the fields the edit
 * did not change.
 *
 * @example export const MeetingSaved = savedEdit(Meeting)
 */
export function savedEdit<Shape extends z.ZodRawShape>(record: z.ZodObject<Shape>) {
  return record.extend({
    ignored: z
      .array(Text)
      .describe('Fields of this edit left alone because a newer edit was already saved'),
  })
}

/** A reference to another record, with its name for display. */
export const Ref = z.object({ id: Text, name: Text })
export type Ref = z.infer<typeof Ref>

/**
 * Reads an enum value stored by this code (rows are trusted, and parsing a
 * schema per row is measurable on long lists); anything unknown becomes `fallback`.
 */
export function storedEnum<const T extends string>(
  values: readonly T[],
  value: string,
  fallback: T,
): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback
}
