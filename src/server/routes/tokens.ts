import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import {
  AccessToken,
  AccessTokenCreate,
  AccessTokenCreated,
} from '../../core/access-tokens/schema.ts'
import {
  createAccessToken,
  listAccessTokens,
  revokeAccessToken,
} from '../../core/access-tokens/service.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, jsonBody } from '../openapi.ts'
import { idParam } from './params.ts'

const tags = ['Access tokens']
const IdParam = idParam('The token')

/**
 * The explorer's personal access tokens, under `/tokens`: for scripts and
 * assistants (the MCP server). Managed with a session only: a token cannot
 * make or revoke tokens (see bearer.ts).
 */
export const tokenRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'List the personal access tokens, with when each was last used',
      responses: { 200: answer('The tokens', z.array(AccessToken)) },
    }),
    async (c) => c.json(await listAccessTokens(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Make a personal access token (read, or read and write)',
      description:
        'Answers the token this once; only its SHA-256 is kept. Send it as `Authorization: Bearer <token>` to the API or to `/mcp`.',
      request: { body: jsonBody(AccessTokenCreate) },
      responses: {
        201: answer('The new token', AccessTokenCreated),
        400: answer('The name or scope is not valid', ErrorBody),
        409: answer('Too many tokens already', ErrorBody),
      },
    }),
    async (c) => c.json(await createAccessToken(c.var.ctx, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      summary: 'Revoke a token: the next request that carries it is refused',
      request: { params: IdParam },
      responses: {
        204: { description: 'Revoked' },
        404: answer('No such token', ErrorBody),
      },
    }),
    async (c) => {
      await revokeAccessToken(c.var.ctx, c.req.valid('param').id)
      return c.body(null, 204)
    },
  )
