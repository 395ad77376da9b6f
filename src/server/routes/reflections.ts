import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { reflectionsDue } from '../../core/reflections/due.ts'
import { heardInMeeting } from '../../core/reflections/heard.ts'
import { createNextPerson } from '../../core/reflections/next-people.ts'
import {
  CreateNextPerson,
  MeetingHeard,
  Reflection,
  ReflectionPatch,
} from '../../core/reflections/schema.ts'
import { deleteReflection, getReflection, saveReflection } from '../../core/reflections/service.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, invalidInput, json, jsonBody } from '../openapi.ts'
import { idParam } from './params.ts'
import { idRoutes } from './route-factories.ts'

const ConversationParam = idParam('The conversation')
const missing = answer('No such conversation', ErrorBody)
const conversation = idRoutes(['Reflections'], ConversationParam, { missing })

/** The reflection of one conversation, under `/conversations/{id}/reflection`. */
export const reflectionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...conversation.route(
      'get',
      '/{id}/reflection',
      {
        summary:
          'The reflection on a conversation (empty, with `exists: false`, before the first save)',
        ok: answer('The reflection', Reflection),
      },
      getReflection,
    ),
  )
  .openapi(
    ...conversation.route(
      'get',
      '/{id}/reflection/heard',
      {
        summary:
          'What the meeting captured, beside the reflection: the answers, the pay said, the people referred',
        description:
          'Pay figures said in the answers and notes that the pay ledger does not hold yet, and people they referred you to who are not among the next people yet.',
        ok: answer('What was heard', MeetingHeard),
      },
      heardInMeeting,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'patch',
      '/{id}/reflection',
      jsonBody(ReflectionPatch),
      {
        summary: 'Save part of a reflection (autosave): only the fields sent change',
        description:
          'Lists (pros, cons, pay, questions, nextPeople) are replaced whole. Each new question joins the bank as a specific question of every career of the conversation; saving the same list again changes nothing. `completed: true` marks it done.',
        ok: answer('The reflection after the save', Reflection),
      },
      saveReflection,
    ),
  )
  .openapi(
    ...conversation.remove(
      '/{id}/reflection',
      'Delete a reflection and its pay lines (raised questions stay in the bank)',
      deleteReflection,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/reflection/next-people',
      tags: ['Reflections'],
      summary: 'Add one of the next people to meet as a person, referred by the one met',
      request: {
        params: ConversationParam,
        body: jsonBody(CreateNextPerson),
      },
      responses: {
        201: {
          description: 'The person was created and linked',
          content: json(z.object({ reflection: Reflection, personId: z.string() })),
        },
        400: invalidInput,
        404: missing,
        409: answer('Already added', ErrorBody),
      },
    }),
    async (c) =>
      c.json(await createNextPerson(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  )

const ReflectionDue = z.object({
  conversationId: z.string(),
  personId: z.string(),
  person: z.string(),
  dueBy: z.string().nullable(),
  overdue: z.boolean(),
})

/** Reflections across conversations, under `/reflections`. */
export const reflectionListRoutes = new OpenAPIHono<AppEnv>({
  defaultHook: validationHook,
}).openapi(
  createRoute({
    method: 'get',
    path: '/due',
    tags: ['Reflections'],
    summary: 'Held conversations whose reflection is not completed yet, soonest due first',
    responses: {
      200: {
        description: 'Reflections to write',
        content: json(z.object({ items: z.array(ReflectionDue) })),
      },
    },
  }),
  async (c) => c.json({ items: await reflectionsDue(c.var.ctx) }, 200),
)
