import type { z } from '@hono/zod-openapi'
import { ErrorBody } from './errors.ts'

/** A JSON body with this schema, for route definitions. */
export const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })

/** A JSON request body with this schema, which the request must send. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: json(schema),
  required: true as const,
})

/** A JSON request body with this schema, which the request may leave out. */
export const optionalJsonBody = <S extends z.ZodType>(schema: S) => ({
  content: json(schema),
  required: false as const,
})

/** An answer of a route: what it is, and its JSON body's schema. */
export const answer = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: json(schema),
})

/** The 400 answer of a route whose input failed its schema. */
export const invalidInput = answer('Not valid; `issues` names each field', ErrorBody)
