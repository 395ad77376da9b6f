import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { NotFoundError } from '../../core/errors.ts'
import { narrowCareer } from '../../core/insights/narrow.ts'
import {
  CareerBoard,
  CareerComparison,
  NarrowInput,
  NarrowResult,
  NextSuggestion,
} from '../../core/insights/schema.ts'
import { compareCareers, getCareerBoard, suggestNext } from '../../core/insights/service.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, invalidInput, json, jsonBody } from '../openapi.ts'
import { idParam } from './params.ts'

const CareerParam = idParam('The career')
const missing = answer('No such career', ErrorBody)

/**
 * What the explorer learned across conversations, under `/careers`. Mounted
 * before the career records, so `/careers/compare` is not read as a career id.
 */
export const insightRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/compare',
      tags: ['Careers'],
      summary: 'Careers side by side: the evidence for the decision (dropped ones marked)',
      request: {
        query: z.object({
          ids: Text.max(2000).optional().describe('Only these careers, comma-separated'),
          top: z.coerce.number().int().min(1).max(20).optional().describe('Pros and cons each (3)'),
        }),
      },
      responses: {
        200: {
          description: 'One entry per career, in tree order',
          content: json(z.object({ careers: z.array(CareerComparison) })),
        },
        400: answer('Not valid', ErrorBody),
        404: missing,
      },
    }),
    async (c) => {
      const { ids, top } = c.req.valid('query')
      const careers = await compareCareers(c.var.ctx, {
        ids: ids
          ? ids
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean)
          : undefined,
        top,
      })
      return c.json({ careers }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/suggestions',
      tags: ['Careers'],
      summary: 'What the next conversations should cover, per career not dropped',
      responses: {
        200: {
          description: 'Gaps, unasked specific questions and coverage per career',
          content: json(z.object({ suggestions: z.array(NextSuggestion) })),
        },
      },
    }),
    async (c) => c.json({ suggestions: await suggestNext(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/board',
      tags: ['Careers'],
      summary:
        'The career board: conversations, comparison grid, gaps, pros and cons, pay ledger, fit trend',
      request: { params: CareerParam },
      responses: { 200: answer('The board', CareerBoard), 404: missing },
    }),
    async (c) => c.json(await getCareerBoard(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/suggestions',
      tags: ['Careers'],
      summary: 'What the next conversation in this career should cover',
      request: { params: CareerParam },
      responses: {
        200: answer('The suggestion', NextSuggestion),
        404: missing,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const [suggestion] = await suggestNext(c.var.ctx, id)
      if (!suggestion) throw new NotFoundError('career', id)
      return c.json(suggestion, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/narrow',
      tags: ['Careers'],
      summary: 'Narrow a career into a focus area and move people and questions to it',
      request: { params: CareerParam, body: jsonBody(NarrowInput) },
      responses: {
        201: answer('The focus area and what moved', NarrowResult),
        400: invalidInput,
        404: missing,
      },
    }),
    async (c) =>
      c.json(await narrowCareer(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  )
