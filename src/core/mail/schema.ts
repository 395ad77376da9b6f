import { z } from 'zod'
import { Text } from '../shared/schema.ts'

export const mailSecurities = ['tls', 'none'] as const
export const findingKinds = ['reply', 'auto_reply', 'sent_draft', 'sent_outside', 'bounce'] as const
export const findingStatuses = ['proposed', 'confirmed', 'dismissed', 'applied'] as const

export const MailConnectInput = z.strictObject({
  host: Text.trim().min(1, 'name the IMAP server, e.g. imap.gmail.com').max(255),
  port: z.number().int().min(1).max(65535).default(993),
  security: z.enum(mailSecurities).default('tls'),
  username: Text.trim().min(1, 'name the user to sign in with').max(320),
  password: Text.min(1, 'the password (an app password) is needed').max(1000),
  autoConfirm: z.boolean().default(false),
})
export type MailConnectInput = z.input<typeof MailConnectInput>

export const MailStatus = z.object({
  host: z.string(),
  port: z.number(),
  security: z.enum(mailSecurities),
  username: z.string(),
  autoConfirm: z.boolean(),
  checkedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  proposals: z.number().describe('Findings waiting for the explorer'),
})
export type MailStatus = z.infer<typeof MailStatus>

export const MailFinding = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  kind: z.enum(findingKinds),
  status: z.enum(findingStatuses),
  folder: z.string(),
  address: z.string(),
  subject: z.string(),
  firstLines: z.string(),
  mailAt: z.string(),
  absentUntil: z.string().nullable().describe('The last day an auto-reply says they are away'),
  messageId: z.string().nullable().describe('Our message it answers or that it sent'),
})
export type MailFinding = z.infer<typeof MailFinding>

export const MailCheckResult = z.object({
  found: z.number().describe('New findings about known people'),
  applied: z.number().describe('Of those, recorded at once (drafts sent, auto-confirmed replies)'),
  error: z.string().nullable().describe('Why the check stopped early; what was found stays'),
})
export type MailCheckResult = z.infer<typeof MailCheckResult>
