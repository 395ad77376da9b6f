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
import { answer, json, jsonBody } from '../openapi.ts'
import { idParam } from './params.ts'
import { idRoutes } from './route-factories.ts'

const CareerParam = idParam('The career')
const missing = answer('No such career', ErrorBody)
const career = idRoutes(['Careers'], CareerParam, { missing })

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
    ...career.route(
      'get',
      '/{id}/board',
      {
        summary:
          'The career board: conversations, comparison grid, gaps, pros and cons, pay ledger, fit trend',
        ok: answer('The board', CareerBoard),
      },
      getCareerBoard,
    ),
  )
  .openapi(
    ...career.route(
      'get',
      '/{id}/suggestions',
      {
        summary: 'What the next conversation in this career should cover',
        ok: answer('The suggestion', NextSuggestion),
      },
      async (ctx, id) => {
        const [suggestion] = await suggestNext(ctx, id)
        if (!suggestion) throw new NotFoundError('career', id)
        return suggestion
      },
    ),
  )
  .openapi(
    ...career.routeWithBody(
      'post',
      '/{id}/narrow',
      jsonBody(NarrowInput),
      {
        summary: 'Narrow a career into a focus area and move people and questions to it',
        ok: answer('The focus area and what moved', NarrowResult),
        status: 201,
      },
      narrowCareer,
    ),
  )
