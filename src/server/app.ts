import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import type { Ctx } from '../core/context.ts'
import type { AppEnv } from './env.ts'
import { onError, validationHook } from './errors.ts'
import { insightRoutes } from './routes/insights.ts'
import {
  careerRoutes,
  conversationRoutes,
  organizationRoutes,
  peopleRoutes,
} from './routes/records.ts'
import { meetingRoutes } from './routes/meetings.ts'
import { planItemRoutes, planRoutes } from './routes/plans.ts'
import { questionRoutes } from './routes/questions.ts'
import { reflectionListRoutes, reflectionRoutes } from './routes/reflections.ts'
import { searchRoutes } from './routes/search.ts'
import { settingsRoutes } from './routes/settings.ts'
import { loopbackHostOnly, sameOriginWrites, strictHeaders } from './security.ts'
import { serveWebApp } from './static.ts'

export interface AppOptions {
  /** The context of the explorer each request acts for. */
  contextFor: () => Ctx
  /** Where the built web app is; without it only the API is served. */
  webDir?: string | undefined
  /** Local mode checks that requests come to a loopback name. */
  local: boolean
  version: string
}

/** Every API route, composed once; its type is what the typed client knows. */
export function apiRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/careers', insightRoutes)
    .route('/careers', careerRoutes)
    .route('/organizations', organizationRoutes)
    .route('/people', peopleRoutes)
    .route('/conversations', conversationRoutes)
    .route('/conversations', reflectionRoutes)
    .route('/reflections', reflectionListRoutes)
    .route('/conversations', planRoutes)
    .route('/conversations', meetingRoutes)
    .route('/plan-items', planItemRoutes)
    .route('/questions', questionRoutes)
    .route('/settings', settingsRoutes)
    .route('/search', searchRoutes)
}

export type ApiType = ReturnType<typeof apiRoutes>

/**
 * The whole HTTP application: security middleware, the API under `/api`
 * with its OpenAPI document, and the web app.
 *
 * @example const app = createApp({ contextFor: () => ctx, local: true, version: '0.1.0' })
 */
export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  app.onError(onError)
  app.notFound((c) =>
    c.json({ error: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` }, 404),
  )
  if (options.local) app.use('*', loopbackHostOnly())
  app.use('*', strictHeaders())
  app.use('*', sameOriginWrites())
  app.use('/api/*', bodyLimit({ maxSize: 2 * 1024 * 1024 }))
  app.use('/api/*', async (c, next) => {
    c.set('ctx', options.contextFor())
    c.header('Cache-Control', 'no-store')
    await next()
  })
  const api = apiRoutes()
  app.route('/api', api)
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'coffeechat API',
      version: options.version,
      description:
        'Careers, organizations, people and conversations of one explorer. Errors are `{ error, issues? }`.',
    },
  })
  app.all('/api/*', (c) =>
    c.json({ error: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` }, 404),
  )
  if (options.webDir) serveWebApp(app, options.webDir)
  return app
}
