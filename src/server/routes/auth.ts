import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import {
  changePassword,
  deleteAccount,
  me,
  signIn,
  signUp,
} from '../../core/accounts/hosted-accounts.ts'
import { getSignUpMode } from '../../core/accounts/invitations.ts'
import { requestPasswordReset, resetPassword } from '../../core/accounts/password-reset.ts'
import {
  AccountDeletion,
  Credentials,
  Me,
  PasswordChange,
  PasswordReset,
  ResetRequest,
  SignUp,
  SignUpMode,
} from '../../core/accounts/schema.ts'
import { endSession } from '../../core/accounts/sessions.ts'
import { NotFoundError } from '../../core/errors.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import {
  clearSessionCookie,
  clientAddress,
  type HostedOptions,
  setSessionCookie,
} from '../hosted.ts'
import { answer, jsonBody } from '../openapi.ts'

const tags = ['Accounts']
const errors = {
  400: answer('Invalid input', ErrorBody),
  401: answer('Not signed in, or wrong email or password', ErrorBody),
}
const Done = z.object({ ok: z.literal(true) })

function hostedOf(c: Context<AppEnv>): HostedOptions {
  const hosted = c.var.hosted
  if (!hosted) throw new AccountsOffError()
  return hosted
}

class AccountsOffError extends NotFoundError {
  constructor() {
    super('route', 'auth')
    this.message = 'this coffeechat runs in local mode, without accounts'
  }
}

/** Sign-up, sign-in and the account itself (hosted mode). */
export const authRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/signup',
      tags,
      summary: 'Open an account and sign in (the first account administers the instance)',
      request: { body: jsonBody(SignUp) },
      responses: { 201: answer('Signed up', Me), ...errors },
    }),
    async (c) => {
      const hosted = hostedOf(c)
      const { me: account, token } = await signUp(
        hosted.instance,
        c.req.valid('json'),
        hosted.policy,
      )
      setSessionCookie(c, hosted, token)
      return c.json(account, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/login',
      tags,
      summary: 'Sign in; the same answer for an unknown email and a wrong password',
      request: { body: jsonBody(Credentials) },
      responses: {
        200: answer('Signed in', Me),
        ...errors,
        429: answer('Too many failed attempts', ErrorBody),
      },
    }),
    async (c) => {
      const hosted = hostedOf(c)
      const previous = c.var.sessionToken
      const { me: account, token } = await signIn(
        hosted.instance,
        c.req.valid('json'),
        clientAddress(c, hosted),
        hosted.policy,
      )
      // A new session at every sign-in; the old one, if any, ends.
      if (previous) await endSession(hosted.instance, previous)
      setSessionCookie(c, hosted, token)
      return c.json(account, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags,
      summary: 'Sign out',
      responses: { 200: answer('Signed out', Done), 401: errors[401] },
    }),
    async (c) => {
      const hosted = hostedOf(c)
      if (c.var.sessionToken) await endSession(hosted.instance, c.var.sessionToken)
      clearSessionCookie(c, hosted)
      return c.json({ ok: true as const }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags,
      summary: 'The signed-in account',
      responses: { 200: answer('The account', Me), 401: errors[401] },
    }),
    async (c) => c.json(await me(hostedOf(c).instance, c.var.ctx.ownerId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password',
      tags,
      summary: 'Change the password; other sessions end',
      request: { body: jsonBody(PasswordChange) },
      responses: { 200: answer('Changed', Done), ...errors },
    }),
    async (c) => {
      const hosted = hostedOf(c)
      const token = await changePassword(
        hosted.instance,
        c.var.ctx.ownerId,
        c.req.valid('json'),
        hosted.policy,
      )
      setSessionCookie(c, hosted, token)
      return c.json({ ok: true as const }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password-reset/request',
      tags,
      summary:
        'Email a one-time reset link (the answer never says whether the email has an account)',
      request: { body: jsonBody(ResetRequest) },
      responses: { 200: answer('Requested', Done), 400: errors[400] },
    }),
    async (c) => {
      const hosted = hostedOf(c)
      const { email } = c.req.valid('json')
      await requestPasswordReset(hosted.instance, email, async (to, token) => {
        const link = new URL(`/reset-password?token=${encodeURIComponent(token)}`, hosted.baseUrl)
        await hosted.sendMail({
          to,
          subject: 'Reset your coffeechat password',
          text: `Someone (we hope you) asked to reset the password of your coffeechat account.\n\nOpen this link within an hour to choose a new one:\n${link}\n\nIf it was not you, ignore this email; your password stays as it is.`,
        })
      })
      return c.json({ ok: true as const }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password-reset',
      tags,
      summary: 'Choose a new password with a reset link; every session ends',
      request: { body: jsonBody(PasswordReset) },
      responses: { 200: answer('Reset', Done), 400: errors[400] },
    }),
    async (c) => {
      await resetPassword(hostedOf(c).instance, c.req.valid('json'))
      return c.json({ ok: true as const }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/account',
      tags,
      summary: 'Delete the account and every record of it',
      request: { body: jsonBody(AccountDeletion) },
      responses: { 200: answer('Deleted', Done), ...errors },
    }),
    async (c) => {
      const hosted = hostedOf(c)
      await deleteAccount(hosted.instance, c.var.ctx.ownerId, c.req.valid('json'))
      clearSessionCookie(c, hosted)
      return c.json({ ok: true as const }, 200)
    },
  )

const Meta = z.object({
  mode: z.enum(['local', 'hosted']),
  version: z.string(),
  signUpMode: SignUpMode.nullable(),
})

/** What the web app needs to know before anyone signs in. */
export function metaRoutes(version: string) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Meta'],
      summary: 'Mode and version of this coffeechat',
      responses: { 200: answer('About this instance', Meta) },
    }),
    async (c) => {
      const hosted = c.var.hosted
      return c.json(
        {
          mode: hosted ? ('hosted' as const) : ('local' as const),
          version,
          signUpMode: hosted ? await getSignUpMode(hosted.instance) : null,
        },
        200,
      )
    },
  )
}
