import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Conversation } from '../../core/conversations/schema.ts'
import { personOutreach } from '../../core/outreach/cadence-service.ts'
import { recordReply } from '../../core/outreach/replies.ts'
import {
  MarkSent,
  Message,
  MessageCreate,
  MessageListQuery,
  MessagePatch,
  PersonOutreach,
  ReplyInput,
  SmtpSend,
  smtpFailureReasons,
  UnsendResult,
} from '../../core/outreach/schema.ts'
import { emlOf, markSent, sendViaSmtp } from '../../core/outreach/sending.ts'
import {
  createDraft,
  deleteMessage,
  fillDraft,
  getMessage,
  listMessages,
  updateDraft,
} from '../../core/outreach/service.ts'
import { unsendMessage } from '../../core/outreach/unsending.ts'
import { getPerson } from '../../core/people/service.ts'
import { pageOf } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, invalidInput, json, jsonBody } from '../openapi.ts'
import { IdParam } from './params.ts'

const missing = answer('No such message', ErrorBody)
const conflict = {
  description:
    'Already sent, one attempt too many (maxAttemptsPerPerson), or unfinished: `issues` names the part holding an unfilled {variable}',
  content: json(ErrorBody),
}
const SmtpFailure = ErrorBody.extend({
  reason: z.enum(smtpFailureReasons).describe('auth, temporary (4xx), rejected (5xx), connection…'),
}).openapi('SmtpFailure')

/** Messages: drafts and what was sent, under `/messages`. */
export const messageRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Messages'],
      summary: 'List messages, newest first (filter by person, conversation, status, kind)',
      request: { query: MessageListQuery },
      responses: { 200: answer('One page', pageOf(Message)), 400: invalidInput },
    }),
    async (c) => c.json(await listMessages(c.var.ctx, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Messages'],
      summary: 'Draft a message from the template for its kind, filled in and linted',
      request: { body: jsonBody(MessageCreate) },
      responses: {
        201: answer('The draft, with its lint', Message),
        400: invalidInput,
        409: conflict,
      },
    }),
    async (c) => c.json(await createDraft(c.var.ctx, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Messages'],
      summary: 'Read a message, with its lint and its mailto: link',
      request: { params: IdParam },
      responses: { 200: answer('The message', Message), 404: missing },
    }),
    async (c) => c.json(await getMessage(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['Messages'],
      summary: 'Change a draft (a sent message stays as it went out); linted again',
      request: { params: IdParam, body: jsonBody(MessagePatch) },
      responses: {
        200: answer('The draft, with its lint', Message),
        400: invalidInput,
        404: missing,
        409: conflict,
      },
    }),
    async (c) =>
      c.json(await updateDraft(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags: ['Messages'],
      summary: 'Delete a message',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, 404: missing },
    }),
    async (c) => {
      await deleteMessage(c.var.ctx, c.req.valid('param').id)
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/sent',
      tags: ['Messages'],
      summary: '"I sent it": record a draft the explorer sent by copy, mailto or .eml',
      request: { params: IdParam, body: jsonBody(MarkSent) },
      responses: {
        200: answer('The message, now sent', Message),
        400: invalidInput,
        404: missing,
        409: conflict,
      },
    }),
    async (c) =>
      c.json(await markSent(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/unsend',
      tags: ['Messages'],
      summary: 'Take back a message marked sent by mistake: a draft again',
      description:
        'Undoes what marking it sent moved (the conversation back to its status, or the conversation it started removed) when nothing moved it since. Refused (409) for a message sent through SMTP, one that was replied to, or one with a later message to the same person after it.',
      request: { params: IdParam },
      responses: {
        200: answer('A draft again, and what was undone', UnsendResult),
        404: missing,
        409: answer('It really went out, or is a draft', ErrorBody),
      },
    }),
    async (c) => c.json(await unsendMessage(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/fill',
      tags: ['Messages'],
      summary: "Fill in a draft's {variables} that coffeechat now knows (your name once set)",
      request: { params: IdParam },
      responses: {
        200: answer('The draft, with what is still to write', Message),
        404: missing,
        409: conflict,
      },
    }),
    async (c) => c.json(await fillDraft(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/send',
      tags: ['Messages'],
      summary: 'Send this one draft through SMTP; needs `{ "confirm": true }`',
      description:
        'Nothing is sent without the explicit confirmation for this message. A refusal of the SMTP server answers 502 with `reason` and leaves the draft as it was.',
      request: { params: IdParam, body: jsonBody(SmtpSend) },
      responses: {
        200: answer('Sent: the message as recorded', Message),
        400: invalidInput,
        404: missing,
        409: conflict,
        502: answer('The SMTP server refused or failed', SmtpFailure),
      },
    }),
    async (c) => {
      return c.json(await sendViaSmtp(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/draft.eml',
      tags: ['Messages'],
      summary: 'The message as an .eml draft (X-Unsent: 1) to open in a mail program',
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The .eml file, as a download',
          content: { 'message/rfc822': { schema: z.string() } },
        },
        404: missing,
        409: conflict,
      },
    }),
    async (c) => {
      const { fileName, bytes } = await emlOf(c.var.ctx, c.req.valid('param').id)
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': 'message/rfc822',
        'Content-Disposition': `attachment; filename="${fileName}"`,
      })
    },
  )

const ReplyRecorded = z.object({
  message: Message,
  conversation: Conversation.nullable(),
  outreach: PersonOutreach,
  next: z.string().describe('The next step, in a sentence'),
})

/** Replies, under `/replies`. */
export const replyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'post',
    path: '/',
    tags: ['Messages'],
    summary: 'Record a reply to a message, or to the latest one sent to a person',
    description:
      'The message becomes `replied`; a `no_response` conversation is picked up again as `requested`. The answer says how responsive the person is (booster, obligate).',
    request: { body: jsonBody(ReplyInput) },
    responses: {
      200: answer('The reply, and where things stand', ReplyRecorded),
      400: invalidInput,
      404: missing,
    },
  }),
  async (c) => c.json(await recordReply(c.var.ctx, c.req.valid('json')), 200),
)

/** A person's outreach: responsiveness and the 3B7 steps, under `/people/{id}/outreach`. */
export const personOutreachRoutes = new OpenAPIHono<AppEnv>({
  defaultHook: validationHook,
}).openapi(
  createRoute({
    method: 'get',
    path: '/{id}/outreach',
    tags: ['People'],
    summary: 'How responsive a person is (booster, obligate, curmudgeon) and the 3B7 steps',
    request: { params: IdParam },
    responses: {
      200: answer('Derived from the messages', PersonOutreach),
      404: answer('No such person', ErrorBody),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param')
    await getPerson(c.var.ctx, id)
    return c.json(await personOutreach(c.var.ctx, id), 200)
  },
)
