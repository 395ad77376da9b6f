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

export const ConversationParam = idParam('The conversation')
const ItemParam = idParam('The plan item')
export const invalidPlanInput = answer('Not valid; `issues` names each failing field', ErrorBody)
export const noConversation = answer('No such conversation', ErrorBody)
const noItem = answer('No such plan item', ErrorBody)

/** A conversation's question plan and prep sheet, under `/conversations/{id}/…`. */
export const planRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/plan',
      tags: ['Plans'],
      summary: 'The question plan: items in order, counts, size warnings, etiquette problems',
      request: { params: ConversationParam },
      responses: { 200: answer('The plan', Plan), 404: noConversation },
    }),
    async (c) => c.json(await getPlan(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/plan',
      tags: ['Plans'],
      summary: 'Reorder the plan: `order` names every item once',
      request: { params: ConversationParam, body: jsonBody(PlanOrder) },
      responses: {
        200: answer('The plan in its new order', Plan),
        400: invalidPlanInput,
        404: noConversation,
      },
    }),
    async (c) =>
      c.json(await reorderPlan(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/plan/items',
      tags: ['Plans'],
      summary: 'Add questions: from the bank (`questionId`) or new texts (with a topic)',
      request: { params: ConversationParam, body: jsonBody(PlanAdd) },
      responses: {
        200: answer('The plan with the questions added', Plan),
        400: invalidPlanInput,
        404: noConversation,
      },
    }),
    async (c) =>
      c.json(await addPlanItems(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/plan/suggest',
      tags: ['Plans'],
      summary: 'Suggest the next questions (and add them with `apply: true`)',
      description:
        'In this order: questions carried over unasked from met or thanked conversations of the same career(s); questions raised in their reflections; one question for each core topic nobody in the career has answered; then the bank (the career’s own first, more specific ones once general ones were asked). Never a question already asked in the career or already planned.',
      request: {
        params: ConversationParam,
        body: optionalJsonBody(SuggestInput),
      },
      responses: {
        200: answer('The suggestions and the plan', SuggestAnswer),
        400: invalidPlanInput,
        404: noConversation,
      },
    }),
    async (c) =>
      c.json(await suggestPlan(c.var.ctx, c.req.valid('param').id, c.req.valid('json') ?? {}), 200),
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
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Plans'],
      summary: 'One plan item',
      request: { params: ItemParam },
      responses: { 200: answer('The item', PlanItem), 404: noItem },
    }),
    async (c) => c.json(await getPlanItem(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['Plans'],
      summary: 'Mark asked or skipped, save the answer (autosave), edit, move',
      description:
        'Idempotent and safe to replay: send `updatedAt` (the client time of the edit) and an older edit never overwrites a newer one, field by field (last writer wins by client time). `ignored` lists the fields left alone. A question with an answer was asked: an answer marks a planned or skipped question asked, a `state` edit older than the answer is ignored, and `planned` or `skipped` while an answer stands is refused (400) unless the same edit clears the answer (`answer: ""`).',
      request: { params: ItemParam, body: jsonBody(PlanItemPatch) },
      responses: {
        200: answer('The item as saved', PlanItemSaved),
        400: invalidPlanInput,
        404: noItem,
      },
    }),
    async (c) =>
      c.json(await updatePlanItem(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags: ['Plans'],
      summary: 'Take a question out of its plan (the bank keeps it)',
      request: { params: ItemParam },
      responses: { 200: answer('The plan without it', Plan), 404: noItem },
    }),
    async (c) => c.json(await removePlanItem(c.var.ctx, c.req.valid('param').id), 200),
  )
