import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { SearchResult } from '../../core/search/schema.ts'
import { search } from '../../core/search/service.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, json } from '../openapi.ts'

export const searchRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Search'],
    summary: 'Full-text search over people, organizations, careers and conversations',
    request: {
      query: z.object({
        q: Text.min(1)
          .max(200)
          .describe('Words to find; each is a prefix, accents and case ignored'),
        kind: Text.max(200).optional().describe('Only these kinds, comma-separated'),
        limit: z.coerce.number().int().min(1).max(100).optional(),
      }),
    },
    responses: {
      200: {
        description: 'Best matches first',
        content: json(z.object({ results: z.array(SearchResult) })),
      },
      400: answer('No query', ErrorBody),
    },
  }),
  async (c) => {
    const { q, kind, limit } = c.req.valid('query')
    const kinds = kind
      ? kind
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : undefined
    return c.json({ results: await search(c.var.ctx, { q, kinds, limit }) }, 200)
  },
)
