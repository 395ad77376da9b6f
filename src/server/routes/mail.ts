import { createRoute, z } from '@hono/zod-openapi'
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
import { ErrorBody } from '../errors.ts'
import { answer, invalidInput } from '../openapi.ts'
import { IdParam } from './params.ts'
import { idRoutes } from './route-factories.ts'
import { settingsSection } from './settings-section.ts'

const Findings = z.object({ findings: z.array(MailFinding) })
const finding = idRoutes(['Mail'], IdParam, { missing: answer('No such finding', ErrorBody) })

/** The explorer's mailbox, read only, under `/mail`. */
export const mailRoutes = settingsSection({
  tag: 'Mail',
  key: 'mail',
  settings: MailStatus.nullable().describe('Null until a mailbox is connected; never the password'),
  input: MailConnectInput,
  read: {
    summary:
      'Whether a mailbox is connected, when it was last checked, and how many proposals wait',
    answer: 'The status',
    run: mailStatus,
  },
  save: {
    summary: 'Connect a mailbox (IMAP); the password is stored encrypted',
    answer: 'Connected',
    run: connectMail,
  },
  forget: {
    summary: 'Disconnect: forget the account, the password and everything found',
    answer: 'Gone',
    run: disconnectMail,
  },
})
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
