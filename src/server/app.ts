import { OpenAPIHono } from '@hono/zod-openapi'
import type { Ctx } from '../core/context.ts'
import { defaultImportLimits, type ImportLimits } from '../core/settings/import-limits.ts'
import { mcpHttpRoutes } from '../mcp/http.ts'
import { bearerAuth } from './bearer.ts'
import { limitBody } from './body-limit.ts'
import { compressAnswers } from './compression.ts'
import type { AppEnv } from './env.ts'
import { onError, validationHook } from './errors.ts'
import { type HostedOptions, sessionAuth } from './hosted.ts'
import { rememberAnswers } from './remembered-answers.ts'
import { withRequestLocale } from './request-locale.ts'
import { adminRoutes } from './routes/admin.ts'
import { authRoutes, metaRoutes } from './routes/auth.ts'
import {
  calendarFeedRoutes,
  calendarRoutes,
  conversationCalendarRoutes,
} from './routes/calendar.ts'
import { exportRoutes } from './routes/exports.ts'
import { importRoutes } from './routes/imports.ts'
import { insightRoutes } from './routes/insights.ts'
import { lintRoutes } from './routes/lint.ts'
import { mailRoutes } from './routes/mail.ts'
import { meetingRoutes } from './routes/meetings.ts'
import { messageRoutes, personOutreachRoutes, replyRoutes } from './routes/messages.ts'
import { peopleMergeRoutes } from './routes/people-merges.ts'
import { planItemRoutes, planRoutes } from './routes/plans.ts'
import { questionRoutes } from './routes/questions.ts'
import {
  careerRoutes,
  conversationRoutes,
  organizationRoutes,
  peopleRoutes,
} from './routes/records.ts'
import { referralAskRoutes } from './routes/referral-asks.ts'
import { reflectionListRoutes, reflectionRoutes } from './routes/reflections.ts'
import { resolveRoutes } from './routes/resolve.ts'
import { restoreRoutes } from './routes/restore.ts'
import { searchRoutes } from './routes/search.ts'
import { settingsRoutes } from './routes/settings.ts'
import { smtpRoutes } from './routes/smtp.ts'
import { templateRoutes } from './routes/templates.ts'
import { todayRoutes } from './routes/today.ts'
import { tokenRoutes } from './routes/tokens.ts'
import { loopbackHostOnly, sameOriginWrites, strictHeaders } from './security.ts'
import { serveWebApp } from './static.ts'

/** Local mode: one explorer, no sign-in, loopback only. */
export interface LocalAppOptions {
  local: true
  /** The context of the explorer every request acts for. */
  contextFor: () => Ctx
  /** Where a restore over HTTP keeps the data it replaces (the data directory's `backups/`). */
  backupDir?: string | undefined
  /**
   * Changes whenever the data may have changed (SQLite's `dataStamp`): the
   * reads that depend on nothing else are then answered again from memory
   * until it does (see remembered-answers.ts).
   */
  dataStamp?: (() => string) | undefined
}

/** Hosted mode: accounts with sessions; each request acts for its session's account. */
export interface HostedAppOptions {
  local: false
  hosted: HostedOptions
}

export type AppOptions = (LocalAppOptions | HostedAppOptions) & {
  /** Where the built web app is; without it only the API is served. */
  webDir?: string | undefined
  version: string
  /** What an import may take, and how many run at once (default: `defaultImportLimits`). */
  importLimits?: ImportLimits | undefined
  /** The PostgreSQL address, so a large import runs on its own connection in a worker thread. */
  importDatabaseUrl?: string | undefined
}

/** The reads answered again from memory while the data is unchanged (local mode). */
const rememberedReads = [
  '/api/people',
  '/api/organizations',
  '/api/careers',
  '/api/careers/:id/board',
  '/api/search',
]

/** Every API route, composed once; its type is what the typed client knows. */
export function apiRoutes(
  version = '',
  restore: { backupDir?: string | undefined } = {},
  importLimits: ImportLimits = defaultImportLimits,
  importDatabaseUrl: string | undefined = undefined,
) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/meta', metaRoutes(version))
    .route('/auth', authRoutes)
    .route('/admin', adminRoutes)
    .route('/careers', insightRoutes)
    .route('/careers', careerRoutes)
    .route('/organizations', organizationRoutes)
    .route('/people', peopleMergeRoutes)
    .route('/people', peopleRoutes)
    .route('/conversations', conversationRoutes)
    .route('/conversations', reflectionRoutes)
    .route('/conversations', planRoutes)
    .route('/conversations', meetingRoutes)
    .route('/conversations', conversationCalendarRoutes)
    .route('/plan-items', planItemRoutes)
    .route('/questions', questionRoutes)
    .route('/reflections', reflectionListRoutes)
    .route('/calendar', calendarRoutes)
    .route('/settings', settingsRoutes)
    .route('/search', searchRoutes)
    .route('/resolve', resolveRoutes)
    .route('/people', personOutreachRoutes)
    .route('/people', referralAskRoutes)
    .route('/messages', messageRoutes)
    .route('/replies', replyRoutes)
    .route('/templates', templateRoutes)
    .route('/smtp', smtpRoutes)
    .route('/mail', mailRoutes)
    .route('/lint', lintRoutes)
    .route('/today', todayRoutes)
    .route('/tokens', tokenRoutes)
    .route('/imports', importRoutes(importLimits, importDatabaseUrl))
    .route('/export', exportRoutes)
    .route('/restore', restoreRoutes(restore))
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
  const hosted = options.local ? undefined : options.hosted
  // Outermost, so every answer (refusals and errors included) leaves compressed when it is worth it.
  app.use('*', compressAnswers())
  if (options.local) app.use('*', loopbackHostOnly())
  app.use('*', strictHeaders({ tls: hosted?.baseUrl.protocol === 'https:' }))
  app.use('*', sameOriginWrites(hosted?.baseUrl.origin))
  const apiBodyLimit = limitBody({
    maxBytes: 2 * 1024 * 1024,
    tooLarge: (c) => c.json({ error: 'the request body is too large (at most 2 MB)' }, 413),
  })
  // Imports bring whole contact files, restores whole backups: their routes check
  // type and size themselves.
  const ownLimit = new Set(['/api/imports', '/api/restore'])
  app.use('/api/*', (c, next) => (ownLimit.has(c.req.path) ? next() : apiBodyLimit(c, next)))
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })
  if (options.local) {
    const { contextFor } = options
    app.use('/api/*', async (c, next) => {
      c.set('ctx', contextFor())
      await next()
    })
  } else {
    app.use('/api/*', bearerAuth(options.hosted))
    const session = sessionAuth(options.hosted)
    // A request a bearer token authenticated has its account already.
    app.use('/api/*', (c, next) => (c.var.tokenScope ? next() : session(c, next)))
  }
  app.use('/api/*', withRequestLocale())
  if (options.local && options.dataStamp) {
    // Reads made of the data and the request alone; Today and the
    // conversations (due, overdue) read the clock, and are not among them.
    const remembered = rememberAnswers(options.dataStamp)
    for (const path of rememberedReads) app.use(path, remembered)
  }
  const api = apiRoutes(
    options.version,
    { backupDir: options.local ? options.backupDir : undefined },
    options.importLimits,
    options.importDatabaseUrl,
  )
  app.route('/api', api)
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'coffeechat API',
      version: options.version,
      description:
        'Careers, organizations, people and conversations of one explorer (in hosted mode, of the signed-in account). Errors are `{ error, issues? }`.',
    },
  })
  app.all('/api/*', (c) =>
    c.json({ error: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` }, 404),
  )
  // The calendar feed: outside /api, no session; the secret in its URL decides whose it is.
  app.route(
    '/calendar',
    calendarFeedRoutes(options.local ? options.contextFor : () => options.hosted.instance),
  )
  // MCP for assistants: tokens only, in both modes (see mcp/http.ts).
  app.use('/mcp', apiBodyLimit)
  app.route(
    '/mcp',
    mcpHttpRoutes(
      options.local ? options.contextFor : () => options.hosted.instance,
      options.version,
    ),
  )
  if (options.webDir) serveWebApp(app, options.webDir)
  return app
}
