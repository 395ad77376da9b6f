import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { prepHtml } from '../../core/plans/prep-html.ts'
import { prepMarkdown } from '../../core/plans/prep-markdown.ts'
import { PrepFormat, PrepSheet } from '../../core/plans/prep-schema.ts'
import { prepSheet } from '../../core/plans/prep-sheet.ts'
import {
  Plan,
  PlanAdd,
  PlanItem,
  PlanItemPatch,
  PlanItemSaved,
  PlanOrder,
  SuggestAnswer,
  SuggestInput,
} from '../../core/plans/schema.ts'
import {
  addPlanItems,
  getPlan,
  getPlanItem,
  removePlanItem,
  reorderPlan,
  updatePlanItem,
} from '../../core/plans/service.ts'
import { suggestPlan } from '../../core/plans/suggest.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, jsonBody, optionalJsonBody } from '../openapi.ts'
import { idParam } from './params.ts'
import { idRoutes } from './route-factories.ts'

export const ConversationParam = idParam('The conversation')
const ItemParam = idParam('The plan item')
export const invalidPlanInput = answer('Not valid; `issues` names each failing field', ErrorBody)
export const noConversation = answer('No such conversation', ErrorBody)
const noItem = answer('No such plan item', ErrorBody)

/** The routes on the conversation `{id}` names, under these tags. */
export const onConversation = (tags: string[]) =>
  idRoutes(tags, ConversationParam, { missing: noConversation, invalid: invalidPlanInput })
const conversation = onConversation(['Plans'])
const item = idRoutes(['Plans'], ItemParam, { missing: noItem, invalid: invalidPlanInput })

/** A conversation's question plan and prep sheet, under `/conversations/{id}/…`. */
export const planRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...conversation.route(
      'get',
      '/{id}/plan',
      {
        summary: 'The question plan: items in order, counts, size warnings, etiquette problems',
        ok: answer('The plan', Plan),
      },
      getPlan,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'patch',
      '/{id}/plan',
      jsonBody(PlanOrder),
      {
        summary: 'Reorder the plan: `order` names every item once',
        ok: answer('The plan in its new order', Plan),
      },
      reorderPlan,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'post',
      '/{id}/plan/items',
      jsonBody(PlanAdd),
      {
        summary: 'Add questions: from the bank (`questionId`) or new texts (with a topic)',
        ok: answer('The plan with the questions added', Plan),
      },
      addPlanItems,
    ),
  )
  .openapi(
    ...conversation.routeWithBody(
      'post',
      '/{id}/plan/suggest',
      optionalJsonBody(SuggestInput),
      {
        summary: 'Suggest the next questions (and add them with `apply: true`)',
        description:
          'In this order: questions carried over unasked from met or thanked conversations of the same career(s); questions raised in their reflections; one question for each core topic nobody in the career has answered; then the bank (the career’s own first, more specific ones once general ones were asked). Never a question already asked in the career or already planned.',
        ok: answer('The suggestions and the plan', SuggestAnswer),
      },
      suggestPlan,
    ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/prep',
      tags: ['Plans'],
      summary: 'The prep sheet: JSON, Markdown, or a standalone printable HTML page',
      request: {
        params: ConversationParam,
        query: z.object({ format: PrepFormat.default('json') }),
      },
      responses: {
        200: {
          description: 'The prep sheet',
          content: {
            'application/json': { schema: PrepSheet },
            'text/markdown': { schema: z.string() },
            'text/html': { schema: z.string() },
          },
        },
        404: noConversation,
      },
    }),
    async (c) => {
      const sheet = await prepSheet(c.var.ctx, c.req.valid('param').id)
      const { format } = c.req.valid('query')
      if (format === 'html') return c.html(prepHtml(sheet), 200)
      if (format === 'md') {
        return c.body(prepMarkdown(sheet), 200, { 'Content-Type': 'text/markdown; charset=utf-8' })
      }
      return c.json(sheet, 200)
    },
  )

/** One item of a plan, under `/plan-items/{id}`. */
export const planItemRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...item.route(
      'get',
      '/{id}',
      { summary: 'One plan item', ok: answer('The item', PlanItem) },
      getPlanItem,
    ),
  )
  .openapi(
    ...item.routeWithBody(
      'patch',
      '/{id}',
      jsonBody(PlanItemPatch),
      {
        summary: 'Mark asked or skipped, save the answer (autosave), edit, move',
        description:
          'Idempotent and safe to replay: send `updatedAt` (the client time of the edit) and an older edit never overwrites a newer one, field by field (last writer wins by client time). `ignored` lists the fields left alone. A question with an answer was asked: an answer marks a planned or skipped question asked, a `state` edit older than the answer is ignored, and `planned` or `skipped` while an answer stands is refused (400) unless the same edit clears the answer (`answer: ""`).',
        ok: answer('The item as saved', PlanItemSaved),
      },
      updatePlanItem,
    ),
  )
  .openapi(
    ...item.route(
      'delete',
      '/{id}',
      {
        summary: 'Take a question out of its plan (the bank keeps it)',
        ok: answer('The plan without it', Plan),
      },
      removePlanItem,
    ),
  )
