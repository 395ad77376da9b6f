import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { invite, listAccounts, setDisabled, setSignUpMode } from '../../core/accounts/admin.ts'
import { AccountSummary, Invitation, SignUpMode } from '../../core/accounts/schema.ts'
import { NotFoundError } from '../../core/errors.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, json, jsonBody } from '../openapi.ts'

const tags = ['Administration']
const forbidden = { 403: answer('Not the administrator', ErrorBody) }

function instanceOf(hosted: AppEnv['Variables']['hosted']) {
  if (!hosted) throw new NotFoundError('route', 'admin')
  return hosted
}

/** The administrator's routes: accounts with counts (never notes), invitations, sign-up mode. */
export const adminRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/accounts',
      tags,
      summary: 'Every account with counts of its records',
      responses: {
        200: {
          description: 'Accounts',
          content: json(z.object({ accounts: z.array(AccountSummary) })),
        },
        ...forbidden,
      },
    }),
    async (c) =>
      c.json(
        { accounts: await listAccounts(instanceOf(c.var.hosted).instance, c.var.ctx.ownerId) },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations',
      tags,
      summary: 'Invite someone by email; the link is emailed and returned',
      request: { body: jsonBody(Invitation) },
      responses: {
        201: { description: 'Invited', content: json(z.object({ link: z.string() })) },
        ...forbidden,
      },
    }),
    async (c) => {
      const hosted = instanceOf(c.var.hosted)
      const { email } = c.req.valid('json')
      const token = await invite(hosted.instance, c.var.ctx.ownerId, email)
      const link = new URL(
        `/signup?invitation=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`,
        hosted.baseUrl,
      ).toString()
      await hosted.sendMail({
        to: email,
        subject: 'You are invited to coffeechat',
        text: `You are invited to explore careers with coffeechat.\n\nOpen this link within 14 days to open your account:\n${link}\n`,
      })
      return c.json({ link }, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/accounts/{id}/{action}',
      tags,
      summary: 'Disable or re-enable an account',
      request: {
        params: z.object({ id: Text.min(1).max(64), action: z.enum(['disable', 'enable']) }),
      },
      responses: {
        200: { description: 'Done', content: json(z.object({ ok: z.literal(true) })) },
        ...forbidden,
      },
    }),
    async (c) => {
      const { id, action } = c.req.valid('param')
      await setDisabled(
        instanceOf(c.var.hosted).instance,
        c.var.ctx.ownerId,
        id,
        action === 'disable',
      )
      return c.json({ ok: true as const }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/sign-up-mode',
      tags,
      summary: 'Open sign-up, or by invitation only',
      request: { body: { content: json(z.object({ signUpMode: SignUpMode })), required: true } },
      responses: {
        200: answer('Set', z.object({ signUpMode: SignUpMode })),
        ...forbidden,
      },
    }),
    async (c) => {
      const mode = await setSignUpMode(
        instanceOf(c.var.hosted).instance,
        c.var.ctx.ownerId,
        c.req.valid('json').signUpMode,
      )
      return c.json({ signUpMode: mode }, 200)
    },
  )
