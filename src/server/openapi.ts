import type { z } from '@hono/zod-openapi'

/** A JSON body with this schema, for route definitions. */
export const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
