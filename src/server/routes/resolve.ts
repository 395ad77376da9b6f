import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { resolveCareer } from '../../core/careers/service.ts'
import { resolveOrganization } from '../../core/organizations/service.ts'
import { resolveMessage } from '../../core/outreach/service.ts'
import { resolvePerson } from '../../core/people/service.ts'
import { resolveQuestion } from '../../core/questions/service.ts'
import { resolveReflectedConversationId } from '../../core/reflections/resolve.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, json } from '../openapi.ts'

/** What a name may name: the records the CLI lets you call by name (or id). */
export const resolvableKinds = [
  'person',
  'organization',
  'career',
  'message',
  'reflection',
  'question',
] as const

const resolvers = {
  person: resolvePerson,
  organization: resolveOrganization,
  career: resolveCareer,
  message: (ctx, ref) => resolveMessage(ctx, ref),
  // A bank question by id, exact text, or a unique part of its text.
  question: resolveQuestion,
  // The conversation `coffeechat reflect NAME` means: the person's latest one that took place.
  reflection: async (ctx, ref) => ({ id: await resolveReflectedConversationId(ctx, ref) }),
} satisfies Record<
  (typeof resolvableKinds)[number],
  (ctx: AppEnv['Variables']['ctx'], ref: string, field?: string) => Promise<{ id: string }>
>

/**
 * `GET /resolve?kind=person&ref=Ada%20Lovelace`: the id of the one record a
 * name (or id) stands for, with the same rules and messages as the CLI's
 * (case and accents ignored; two of that name is a 400 asking for the id).
 * The remote CLI calls it so that `coffeechat --server … people show Ada`
 * means what it means locally.
 */
export const resolveRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Search'],
    summary: 'The id of the record a name or id stands for (as the CLI resolves names)',
    request: {
      query: z.object({
        kind: z.enum(resolvableKinds).describe('What kind of record the name is of'),
        ref: Text.min(1).max(500).describe('A name or an id'),
        field: Text.max(100)
          .regex(/^[A-Za-z][\w.]*$/)
          .optional()
          .describe('The field to name in a 400, e.g. referredBy (default: the kind)'),
      }),
    },
    responses: {
      200: { description: 'The record’s id', content: json(z.object({ id: z.string() })) },
      400: answer('No such name, or more than one', ErrorBody),
    },
  }),
  async (c) => {
    const { kind, ref, field } = c.req.valid('query')
    const found = await resolvers[kind](c.var.ctx, ref, field ?? kind)
    return c.json({ id: found.id }, 200)
  },
)
