import { z } from '@hono/zod-openapi'
import { Text } from '../../core/shared/schema.ts'

/**
 * The `{id}` path parameter of a route, described as the record it names;
 * the one definition every route uses.
 *
 * @example request: { params: idParam('The conversation') }
 */
export function idParam(description?: string) {
  return z.object({
    id: Text.min(1)
      .max(64)
      .openapi({ param: { name: 'id', in: 'path' }, ...(description ? { description } : {}) }),
  })
}

/** `{id}` of any record. */
export const IdParam = idParam()
