import { createRoute, z } from '@hono/zod-openapi'
import { SmtpSettings, SmtpSettingsInput, smtpFailureReasons } from '../../core/outreach/schema.ts'
import { verifySmtp } from '../../core/outreach/smtp-send.ts'
import {
  deleteSmtpSettings,
  getSmtpSettings,
  saveSmtpSettings,
  smtpAccount,
} from '../../core/outreach/smtp-settings.ts'
import { ErrorBody } from '../errors.ts'
import { answer, json } from '../openapi.ts'
import { settingsSection } from './settings-section.ts'

/** The explorer's SMTP account, under `/smtp`. The password is never returned. */
export const smtpRoutes = settingsSection({
  tag: 'SMTP',
  key: 'smtp',
  settings: SmtpSettings.nullable().describe('Null until set; never holds the password'),
  input: SmtpSettingsInput,
  read: {
    summary: 'The SMTP settings (`passwordSet`, never the password)',
    answer: 'The settings',
    run: getSmtpSettings,
  },
  save: {
    summary: 'Save the SMTP settings; the password is stored encrypted (leave it out to keep it)',
    answer: 'As saved',
    run: saveSmtpSettings,
  },
  forget: {
    summary: 'Forget the SMTP settings and the password',
    answer: 'Gone',
    run: deleteSmtpSettings,
  },
}).openapi(
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
