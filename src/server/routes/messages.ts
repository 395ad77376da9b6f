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
import { idRoutes, plainRoutes } from './route-factories.ts'

const missing = answer('No such message', ErrorBody)
const conflict = {
  description:
    'Already sent, one attempt too many (maxAttemptsPerPerson), or unfinished: `issues` names the part holding an unfilled {variable}',
  content: json(ErrorBody),
}
const SmtpFailure = ErrorBody.extend({
  reason: z.enum(smtpFailureReasons).describe('auth, temporary (4xx), rejected (5xx), connection…'),
}).openapi('SmtpFailure')
const message = idRoutes(['Messages'], IdParam, { missing })
const messages = plainRoutes(['Messages'])

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
    ...messages.routeWithBody(
      'post',
      '/',
      jsonBody(MessageCreate),
      {
        summary: 'Draft a message from the template for its kind, filled in and linted',
        ok: answer('The draft, with its lint', Message),
        status: 201,
        more: { 409: conflict },
      },
      createDraft,
    ),
  )
  .openapi(
    ...message.route(
      'get',
      '/{id}',
      {
        summary: 'Read a message, with its lint and its mailto: link',
        ok: answer('The message', Message),
      },
      getMessage,
    ),
  )
  .openapi(
    ...message.routeWithBody(
      'patch',
      '/{id}',
      jsonBody(MessagePatch),
      {
        summary: 'Change a draft (a sent message stays as it went out); linted again',
        ok: answer('The draft, with its lint', Message),
        more: { 409: conflict },
      },
      updateDraft,
    ),
  )
  .openapi(...message.remove('/{id}', 'Delete a message', deleteMessage))
  .openapi(
    ...message.routeWithBody(
      'post',
      '/{id}/sent',
      jsonBody(MarkSent),
      {
        summary: '"I sent it": record a draft the explorer sent by copy, mailto or .eml',
        ok: answer('The message, now sent', Message),
        more: { 409: conflict },
      },
      markSent,
    ),
  )
  .openapi(
    ...message.route(
      'post',
      '/{id}/unsend',
      {
        summary: 'Take back a message marked sent by mistake: a draft again',
        description:
          'Undoes what marking it sent moved (the conversation back to its status, or the conversation it started removed) when nothing moved it since. Refused (409) for a message sent through SMTP, one that was replied to, or one with a later message to the same person after it.',
        ok: answer('A draft again, and what was undone', UnsendResult),
        more: { 409: answer('It really went out, or is a draft', ErrorBody) },
      },
      unsendMessage,
    ),
  )
  .openapi(
    ...message.route(
      'post',
      '/{id}/fill',
      {
        summary: "Fill in a draft's {variables} that coffeechat now knows (your name once set)",
        ok: answer('The draft, with what is still to write', Message),
        more: { 409: conflict },
      },
      fillDraft,
    ),
  )
  .openapi(
    ...message.routeWithBody(
      'post',
      '/{id}/send',
      jsonBody(SmtpSend),
      {
        summary: 'Send this one draft through SMTP; needs `{ "confirm": true }`',
        description:
          'Nothing is sent without the explicit confirmation for this message. A refusal of the SMTP server answers 502 with `reason` and leaves the draft as it was.',
        ok: answer('Sent: the message as recorded', Message),
        more: { 409: conflict, 502: answer('The SMTP server refused or failed', SmtpFailure) },
      },
      sendViaSmtp,
    ),
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
  ...messages.routeWithBody(
    'post',
    '/',
    jsonBody(ReplyInput),
    {
      summary: 'Record a reply to a message, or to the latest one sent to a person',
      description:
        'The message becomes `replied`; a `no_response` conversation is picked up again as `requested`. The answer says how responsive the person is (booster, obligate).',
      ok: answer('The reply, and where things stand', ReplyRecorded),
      more: { 404: missing },
    },
    recordReply,
  ),
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
