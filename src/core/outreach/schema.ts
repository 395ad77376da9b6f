import { z } from 'zod'
import { EditedAt } from '../plans/schema.ts'
import { messageKinds as lintKinds, lintRuleNames } from '../rules/lint-types.ts'
import { Id, Instant, Paging, patchOf, recordStamps, Text } from '../shared/schema.ts'

/** The kinds of message coffeechat drafts and records. */
export const messageKinds = [
  'outreach',
  'follow-up',
  'confirmation',
  'thank-you',
  'progress-update',
  'check-in',
] as const
export const MessageKind = z.enum(messageKinds)
export type MessageKind = z.infer<typeof MessageKind>

/** Kinds that ask for a conversation: they count as attempts under 3B7. */
export const attemptKinds: readonly MessageKind[] = ['outreach', 'follow-up']

export const messageStatuses = ['draft', 'sent', 'replied'] as const
export const MessageStatus = z.enum(messageStatuses)
export type MessageStatus = z.infer<typeof MessageStatus>

/** How a message left: always by the explorer's hand (`other`: another way, such as LinkedIn). */
export const messageChannels = ['copy', 'mailto', 'eml', 'other', 'smtp'] as const
export const MessageChannel = z.enum(messageChannels)
export type MessageChannel = z.infer<typeof MessageChannel>

const email = Text.trim()
  .max(254)
  .regex(
    /^[^\s@<>,;:"]+@[^\s@<>,;:"]+\.[^\s@<>,;:"]+$/,
    'not an email address such as ada@example.org',
  )
const subject = Text.max(500, 'keep the subject under 500 characters')
const body = Text.max(50_000, 'keep the message under 50,000 characters')
/** Why the explorer asks for referrals against the advice; blank or null means none. */
const overrideReason = Text.trim()
  .max(1000, 'keep the reason under 1,000 characters')
  .nullable()
  .describe('Why you ask for referrals against the advice (too soon, not a booster)')
const instantInput = Text.trim().regex(
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i,
  'use an instant with a time zone, such as 2026-03-05T16:30:00Z',
)

export const MessageCreate = z.strictObject({
  kind: MessageKind,
  personId: Id,
  conversationId: Id.nullable().optional(),
  to: email.nullable().optional().describe("The address; default: the person's first email"),
  subject: subject.optional().describe('Default: the template, filled in'),
  body: body.optional().describe('Default: the template, filled in'),
  overrideReason: overrideReason.optional(),
})
export type MessageCreate = z.input<typeof MessageCreate>

export const MessagePatch = patchOf({
  kind: MessageKind,
  conversationId: Id.nullable(),
  to: email.nullable(),
  subject,
  body,
  overrideReason,
  updatedAt: EditedAt,
})
export type MessagePatch = z.input<typeof MessagePatch>

export const LintProblem = z.object({
  rule: z.enum(lintRuleNames),
  message: Text,
  start: z.number().int().describe('Offset of the first character (UTF-16 code units)'),
  end: z.number().int().describe('Offset after the last character'),
})
export const LintResult = z.object({ words: z.number().int(), problems: z.array(LintProblem) })
export type LintResult = z.infer<typeof LintResult>

/** Where a `mailto:` link stands: offered, too long to offer, or held back by unfilled text. */
export const MailtoLink = z.object({
  href: Text.nullable().describe(
    'Null when the link would be longer than the limit, or the text is unfinished',
  ),
  length: z.number().int(),
  maxLength: z.number().int(),
  blockedBy: z
    .array(z.string())
    .describe('The {variables} still in the text, which keep the link (and every way out) back'),
})

/** The words of a message, or of the template a draft starts from. */
const wording = { subject: Text, body: Text }

export const Message = z.object({
  id: Text,
  kind: MessageKind,
  personId: Text,
  person: Text.describe("The person's name"),
  organization: Text.nullable(),
  conversationId: Text.nullable(),
  to: Text.nullable(),
  ...wording,
  status: MessageStatus,
  channel: MessageChannel.nullable(),
  templateKey: Text.nullable(),
  sentAt: Instant.nullable(),
  repliedAt: Instant.nullable(),
  ...recordStamps,
  overrideReason: Text.nullable().describe(
    'Why the explorer asked for referrals in it against the advice; null otherwise',
  ),
  lint: z.object({ subject: LintResult, body: LintResult }),
  unfilled: z
    .array(
      z.object({
        part: z.enum(['subject', 'body']),
        variable: Text,
        message: Text,
        start: z.number().int(),
        end: z.number().int(),
      }),
    )
    .describe('Template variables still to write by hand, such as {takeaway}'),
  mailto: MailtoLink,
})
export type Message = z.infer<typeof Message>

export const MessageListQuery = Paging.extend({
  personId: Id.optional(),
  conversationId: Id.optional(),
  status: MessageStatus.optional(),
  kind: MessageKind.optional(),
})
export type MessageListQuery = z.input<typeof MessageListQuery>

/** "I sent it": the explorer sent the message themselves (copied, mailto, .eml, or another way). */
export const MarkSent = z.strictObject({
  channel: z
    .enum(['copy', 'mailto', 'eml', 'other'])
    .describe('How it was sent: copied and pasted, the mailto: link, the .eml, or another way'),
  sentAt: instantInput.optional().describe('Default: now'),
})
export type MarkSent = z.input<typeof MarkSent>

/** A message taken back to draft, and what happened to what its sending moved. */
export const UnsendResult = z.object({
  message: Message,
  conversation: z
    .enum(['restored', 'removed', 'kept'])
    .nullable()
    .describe(
      'restored: back to its status before; removed: the conversation sending started is gone; kept: it changed since and stays; null: sending had moved none',
    ),
  note: z.string().describe('What was undone, in a sentence'),
})
export type UnsendResult = z.infer<typeof UnsendResult>

/** Sending through SMTP needs the explorer's yes for this one message. */
export const SmtpSend = z.strictObject({
  confirm: z.literal(true, 'confirm this message with "confirm": true before it is sent'),
})

export const ReplyInput = z
  .strictObject({
    messageId: Id.optional(),
    personId: Id.optional(),
    repliedAt: instantInput.optional().describe('Default: now'),
  })
  .refine((v) => Boolean(v.messageId) !== Boolean(v.personId), {
    message: 'name either the message (messageId) or the person (personId) who replied',
    path: ['personId'],
  })
export type ReplyInput = z.input<typeof ReplyInput>

export const LintInput = z.strictObject({
  text: Text.max(50_000),
  kind: z.enum(lintKinds),
  subject: Text.max(500).optional(),
  connection: Text.max(500).optional(),
  takeaway: Text.max(2000).optional(),
  nextStep: Text.max(2000).optional(),
})
export type LintInput = z.input<typeof LintInput>

export const LintAnswer = LintResult.extend({
  subject: LintResult.optional().describe('The subject line, when one was given'),
})

export const responsivenessKinds = ['booster', 'obligate', 'curmudgeon'] as const
export const Responsiveness = z.enum(responsivenessKinds)

const Step = z.object({
  state: z.enum(['upcoming', 'due', 'done', 'not-needed']),
  date: Text.describe('Local YYYY-MM-DD the step is due on'),
})

/** Where reaching one person stands: the attempts, the reply and the 3B7 steps. */
export const PersonOutreach = z.object({
  personId: Text,
  responsiveness: Responsiveness.nullable(),
  responsivenessLabel: Text.nullable(),
  attempts: z.number().int().describe('Messages asking for a conversation in the current thread'),
  attemptsAllowed: z.number().int(),
  firstSentAt: Instant.nullable(),
  repliedAt: Instant.nullable(),
  chasing: z.boolean(),
  secondContact: Step.nullable(),
  followUp: Step.nullable(),
  businessDaysWaited: z.number().int().nullable(),
  /** What to do next, in a sentence. */
  advice: Text,
})
export type PersonOutreach = z.infer<typeof PersonOutreach>

export const TemplateSave = z.strictObject({
  subject: Text.trim().min(1, 'give the template a subject').max(500),
  body: Text.trim().min(1, 'give the template a text').max(20_000),
})
export type TemplateSave = z.input<typeof TemplateSave>

export const StoredTemplate = z.object({
  key: Text,
  kind: MessageKind,
  label: Text,
  ...wording,
  isDefault: z.boolean().describe('True while the explorer has not changed it'),
  variables: z.array(Text).describe('The variables it uses'),
})
export type StoredTemplate = z.infer<typeof StoredTemplate>

export const TemplateVariableEntry = z.object({ name: Text, help: Text })

export const smtpSecurities = ['tls', 'starttls', 'none'] as const
export const SmtpSecurity = z
  .enum(smtpSecurities)
  .describe('tls: encrypted from the start (port 465); starttls: upgraded (587); none: plain')

export const SmtpSettingsInput = z.strictObject({
  host: Text.trim()
    .min(1, 'name the SMTP server, such as smtp.example.org')
    .max(255)
    .regex(/^[A-Za-z0-9.:[\]_-]+$/, 'a host name or address, such as smtp.example.org'),
  port: z.number().int().min(1).max(65_535, 'a port from 1 to 65535, usually 465 or 587'),
  security: SmtpSecurity,
  username: Text.trim().max(255).default(''),
  password: Text.max(1000)
    .nullable()
    .optional()
    .describe('Leave out to keep the stored one; null removes it'),
  fromName: Text.trim().max(200).default(''),
  fromAddress: email.describe('The address your messages come from'),
})
export type SmtpSettingsInput = z.input<typeof SmtpSettingsInput>

/** The SMTP settings as the API shows them: never the password, only whether one is set. */
export const SmtpSettings = z.object({
  host: Text,
  port: z.number().int(),
  security: SmtpSecurity,
  username: Text,
  passwordSet: z.boolean(),
  fromName: Text,
  fromAddress: Text,
  updatedAt: Instant,
})
export type SmtpSettings = z.infer<typeof SmtpSettings>

export const smtpFailureReasons = [
  'auth',
  'temporary',
  'rejected',
  'connection',
  'timeout',
  'tls',
  'other',
] as const
export type SmtpFailureReason = (typeof smtpFailureReasons)[number]
