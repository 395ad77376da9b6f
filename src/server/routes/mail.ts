import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { checkMail } from '../../core/mail/check.ts'
import { confirmFinding, dismissFinding, listFindings } from '../../core/mail/proposals.ts'
import {
  findingStatuses,
  MailCheckResult,
  MailConnectInput,
  MailFinding,
  MailStatus,
} from '../../core/mail/schema.ts'
import { connectMail, disconnectMail, mailStatus } from '../../core/mail/settings.ts'
import { Id } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, invalidInput, jsonBody } from '../openapi.ts'
import { idRoutes } from './by-id.ts'
import { IdParam } from './params.ts'

const Answer = z.object({
  mail: MailStatus.nullable().describe('Null until a mailbox is connected; never the password'),
})
const Findings = z.object({ findings: z.array(MailFinding) })
const finding = idRoutes(['Mail'], IdParam, { missing: answer('No such finding', ErrorBody) })

/** The explorer's mailbox, read only, under `/mail`. */
export const mailRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Mail'],
      summary:
        'Whether a mailbox is connected, when it was last checked, and how many proposals wait',
      responses: { 200: answer('The status', Answer) },
    }),
    async (c) => c.json({ mail: await mailStatus(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/',
      tags: ['Mail'],
      summary: 'Connect a mailbox (IMAP); the password is stored encrypted',
      request: { body: jsonBody(MailConnectInput) },
      responses: { 200: answer('Connected', Answer), 400: invalidInput },
    }),
    async (c) => c.json({ mail: await connectMail(c.var.ctx, c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/',
      tags: ['Mail'],
      summary: 'Disconnect: forget the account, the password and everything found',
      responses: { 200: answer('Gone', Answer) },
    }),
    async (c) => {
      await disconnectMail(c.var.ctx)
      return c.json({ mail: null }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/check',
      tags: ['Mail'],
      summary: 'Read the new mail now (read-only); `error` says why it stopped early',
      responses: {
        200: answer('What was found', MailCheckResult),
        409: answer('No mailbox connected', ErrorBody),
      },
    }),
    async (c) => c.json(await checkMail(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/findings',
      tags: ['Mail'],
      summary: 'What the checks found about known people, newest first',
      request: {
        query: z.object({
          personId: Id.optional(),
          status: z.enum(findingStatuses).optional(),
        }),
      },
      responses: { 200: answer('The findings', Findings), 400: invalidInput },
    }),
    async (c) => c.json({ findings: await listFindings(c.var.ctx, c.req.valid('query')) }, 200),
  )
  .openapi(
    ...finding.route(
      'post',
      '/findings/{id}/confirm',
      {
        summary: 'Confirm a proposal (a reply is recorded, the cadence moves)',
        ok: answer('Confirmed', MailFinding),
        more: { 400: invalidInput },
      },
      confirmFinding,
    ),
  )
  .openapi(
    ...finding.route(
      'post',
      '/findings/{id}/dismiss',
      { summary: 'Dismiss a proposal; nothing changes', ok: answer('Dismissed', MailFinding) },
      dismissFinding,
    ),
  )
