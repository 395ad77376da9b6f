import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { Hono } from 'hono'
import { checkAccessToken } from '../core/access-tokens/service.ts'
import type { InstanceCtx } from '../core/accounts/sessions.ts'
import type { Ctx } from '../core/context.ts'
import { bearerTokenOf } from '../server/bearer.ts'
import { createMcpServer } from './server.ts'

const jsonRpcError = (message: string) => ({
  jsonrpc: '2.0' as const,
  error: { code: -32001, message },
  id: null,
})

/**
 * MCP over Streamable HTTP at `/mcp`, authenticated by a personal access
 * token (`Authorization: Bearer`) in both modes. Stateless: each POST gets
 * its own server and transport for the token's account, so any app server
 * behind a load balancer can answer it and none keeps anything between
 * requests. There is no server-to-client stream (GET) and no session to end.
 *
 * @example app.route('/mcp', mcpHttpRoutes(() => instance, version))
 */
export function mcpHttpRoutes(instanceFor: () => InstanceCtx, version: string) {
  return new Hono()
    .post('/', async (c) => {
      const token = bearerTokenOf(c.req.header('authorization'))
      const instance = instanceFor()
      const found = token
        ? await checkAccessToken(instance, token)
        : {
            ok: false as const,
            reason:
              'send a personal access token as Authorization: Bearer <token> (make one in Settings or with coffeechat tokens create)',
          }
      if (!found.ok) {
        c.header('WWW-Authenticate', 'Bearer')
        return c.json(jsonRpcError(found.reason), 401)
      }
      const ctx: Ctx = { ...instance, ownerId: found.accountId }
      const server = createMcpServer({ ctx, scope: found.scope, version })
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      })
      await server.connect(transport)
      try {
        return await transport.handleRequest(c.req.raw)
      } finally {
        await server.close()
      }
    })
    .on(['GET', 'DELETE'], '/', (c) => {
      c.header('Allow', 'POST')
      return c.json(jsonRpcError('this server is stateless: send each request as a POST'), 405)
    })
}
