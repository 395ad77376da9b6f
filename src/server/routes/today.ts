import { OpenAPIHono } from '@hono/zod-openapi'
import { Today } from '../../core/agenda/schema.ts'
import { today } from '../../core/agenda/service.ts'
import type { AppEnv } from '../env.ts'
import { validationHook } from '../errors.ts'
import { answer } from '../openapi.ts'
import { plainRoutes } from './route-factories.ts'

/** The Today agenda, under `/today`. */
export const todayRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  ...plainRoutes(['Today']).route(
    'get',
    '/',
    {
      summary:
        'What is due, most urgent first, each with its deadline and the action that clears it',
      ok: answer('The agenda', Today),
    },
    today,
  ),
)
