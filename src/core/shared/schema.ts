import { z } from 'zod'

/** Record ids are UUIDv7 strings; any non-empty text up to 64 characters is accepted as a reference. */
export const Id = z.string().trim().min(1).max(64)

export const Instant = z
  .string()
  .describe('An ISO-8601 UTC instant, such as 2026-03-02T09:00:00.000Z')

export const Markdown = z.string().max(200_000)

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

/** A reference to another record, with its name for display. */
export const Ref = z.object({ id: z.string(), name: z.string() })
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
