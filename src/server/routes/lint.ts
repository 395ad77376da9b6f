import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { lintText } from '../../core/outreach/lint-service.ts'
import { LintAnswer, LintInput } from '../../core/outreach/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, jsonBody } from '../openapi.ts'

/** The message lint, under `/lint`: what the web editor calls as the explorer types. */
export const lintRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'post',
    path: '/',
    tags: ['Messages'],
    summary: 'Lint a text as a message of a kind (or a question), with the explorer’s settings',
    description:
      'Answers `{ words, problems: [{ rule, message, start, end }] }` (offsets in UTF-16 code units, end exclusive) and, when a subject is given, its problems too.',
    request: { body: jsonBody(LintInput) },
    responses: {
      200: answer('The problems, in text order', LintAnswer),
      400: answer('Not valid', ErrorBody),
    },
  }),
  async (c) => c.json(await lintText(c.var.ctx, c.req.valid('json')), 200),
)
