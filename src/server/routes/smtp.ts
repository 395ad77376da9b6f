import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { SmtpSettings, SmtpSettingsInput, smtpFailureReasons } from '../../core/outreach/schema.ts'
import { verifySmtp } from '../../core/outreach/smtp-send.ts'
import {
  deleteSmtpSettings,
  getSmtpSettings,
  saveSmtpSettings,
  smtpAccount,
} from '../../core/outreach/smtp-settings.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, invalidInput, json, jsonBody } from '../openapi.ts'

const Answer = z.object({
  smtp: SmtpSettings.nullable().describe('Null until set; never holds the password'),
})

/** The explorer's SMTP account, under `/smtp`. The password is never returned. */
export const smtpRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['SMTP'],
      summary: 'The SMTP settings (`passwordSet`, never the password)',
      responses: { 200: answer('The settings', Answer) },
    }),
    async (c) => c.json({ smtp: await getSmtpSettings(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/',
      tags: ['SMTP'],
      summary: 'Save the SMTP settings; the password is stored encrypted (leave it out to keep it)',
      request: { body: jsonBody(SmtpSettingsInput) },
      responses: { 200: answer('As saved', Answer), 400: invalidInput },
    }),
    async (c) => c.json({ smtp: await saveSmtpSettings(c.var.ctx, c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/',
      tags: ['SMTP'],
      summary: 'Forget the SMTP settings and the password',
      responses: { 200: answer('Gone', Answer) },
    }),
    async (c) => {
      await deleteSmtpSettings(c.var.ctx)
      return c.json({ smtp: null }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/test',
      tags: ['SMTP'],
      summary: 'Connect and sign in, sending nothing',
      responses: {
        200: { description: 'It works', content: json(z.object({ ok: z.literal(true) })) },
        409: answer('No SMTP settings yet', ErrorBody),
        502: {
          description: 'The server refused or could not be reached',
          content: json(ErrorBody.extend({ reason: z.enum(smtpFailureReasons) })),
        },
      },
    }),
    async (c) => {
      const account = await smtpAccount(c.var.ctx)
      await verifySmtp(account)
      return c.json({ ok: true as const }, 200)
    },
  )
