import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { Today } from '../../core/agenda/schema.ts'
import { today } from '../../core/agenda/service.ts'
import type { AppEnv } from '../env.ts'
import { validationHook } from '../errors.ts'
import { answer } from '../openapi.ts'

/** The Today agenda, under `/today`. */
export const todayRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Today'],
    summary: 'What is due, most urgent first, each with its deadline and the action that clears it',
    responses: { 200: answer('The agenda', Today) },
  }),
  async (c) => c.json(await today(c.var.ctx), 200),
)
