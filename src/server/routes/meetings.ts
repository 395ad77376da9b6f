import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { captureReferral } from '../../core/meetings/referrals.ts'
import {
  Meeting,
  MeetingMark,
  MeetingPatch,
  MeetingSaved,
  ReferralCreate,
} from '../../core/meetings/schema.ts'
import { endMeeting, getMeeting, startMeeting, updateMeeting } from '../../core/meetings/service.ts'
import { Person } from '../../core/people/schema.ts'
import type { AppEnv } from '../env.ts'
import { validationHook } from '../errors.ts'
import { answer, jsonBody, optionalJsonBody } from '../openapi.ts'
import { ConversationParam, invalidPlanInput, noConversation, onConversation } from './plans.ts'

const Referral = z.object({
  person: Person,
  created: z.boolean().describe('false when this name was captured from them before'),
})

const conversation = onConversation(['Meetings'])

/** Research notes and the meeting itself, under `/conversations/{id}/…`. */
export const meetingRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...conversation.route(
      'get',
      '/{id}/meeting',
      {
        summary: 'Research and free notes, actual start and end, overrun, referrals',
        ok: answer('The meeting', Meeting),
      },
      getMeeting,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'patch',
      '/{id}/meeting',
      jsonBody(MeetingPatch),
      {
        summary: 'Save research or free notes (autosave), or correct the start or end',
        description:
          'Safe to replay: with `updatedAt` (the client time of the edit) an older edit never overwrites a newer one, field by field. `ignored` lists the fields left alone.',
        ok: answer('The meeting as saved', MeetingSaved),
      },
      updateMeeting,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'post',
      '/{id}/meeting/start',
      optionalJsonBody(MeetingMark),
      {
        summary: 'Start the meeting (records the actual start; a second start changes nothing)',
        ok: answer('The running meeting', Meeting),
      },
      startMeeting,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'post',
      '/{id}/meeting/end',
      optionalJsonBody(MeetingMark),
      {
        summary: 'End the meeting: records the end and the overrun, moves a scheduled one to met',
        ok: answer('The ended meeting', Meeting),
      },
      endMeeting,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/referrals',
      tags: ['Meetings'],
      summary: '“Who else should I talk to?” — a new person referred by this one',
      description:
        'Creates the person with the conversation’s careers, referred by the person met, at the organization named (created when new). The same name twice gives the person captured before (200) instead of a duplicate.',
      request: {
        params: ConversationParam,
        body: jsonBody(ReferralCreate),
      },
      responses: {
        201: answer('The person captured', Referral),
        200: answer('Captured before: the same person', Referral),
        400: invalidPlanInput,
        404: noConversation,
      },
    }),
    async (c) => {
      const result = await captureReferral(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))
      return result.created ? c.json(result, 201) : c.json(result, 200)
    },
  )
