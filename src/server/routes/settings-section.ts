import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Ctx } from '../../core/context.ts'
import type { AppEnv } from '../env.ts'
import { validationHook } from '../errors.ts'
import { answer, invalidInput, jsonBody } from '../openapi.ts'

/** One route of a settings section: its summary, the description of its answer, what it does. */
interface SectionRoute<Run> {
  summary: string
  answer: string
  run: Run
}

export interface SettingsSectionSpec<K extends string, S extends z.ZodType, I extends z.ZodType> {
  /** The OpenAPI tag, e.g. 'SMTP'. */
  tag: string
  /** The one field of every answer, e.g. `smtp` for `{ smtp: … }`. */
  key: K
  /** What it holds: the settings (never a secret), or null when there are none. */
  settings: S
  /** What a save takes. */
  input: I
  read: SectionRoute<(ctx: Ctx) => Promise<z.infer<S>>>
  /** Takes the body as validated (the core parses it again). */
  save: SectionRoute<(ctx: Ctx, input: unknown) => Promise<z.infer<S>>>
  /** Forgets them: the answer is then `{ [key]: null }`. */
  forget: SectionRoute<(ctx: Ctx) => Promise<void>>
}

/**
 * The three routes of an account the explorer connects (a mailbox, an SMTP
 * server) at `/`: read its settings, save them (400 when not valid), forget
 * them, each answering `{ [key]: settings }`; each defined once, so
 * validation, the OpenAPI document and the typed client come from the same
 * place. Further routes chain on.
 *
 * @example export const smtpRoutes = settingsSection({ tag: 'SMTP', key: 'smtp', settings, input, read, save, forget })
 */
export function settingsSection<K extends string, S extends z.ZodType, I extends z.ZodType>(
  spec: SettingsSectionSpec<K, S, I>,
) {
  const tags = [spec.tag]
  const Answer = z.object({ [spec.key]: spec.settings } as { [P in K]: S })
  const answerOf = (settings: z.infer<S> | null) =>
    ({ [spec.key]: settings }) as z.infer<typeof Answer>
  const withoutBody = <M extends 'get' | 'delete'>(method: M, route: SectionRoute<unknown>) =>
    createRoute({
      method,
      path: '/',
      tags,
      summary: route.summary,
      responses: { 200: answer(route.answer, Answer) },
    })
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(withoutBody('get', spec.read), async (c) =>
      c.json(answerOf(await spec.read.run(c.var.ctx)), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/',
        tags,
        summary: spec.save.summary,
        request: { body: jsonBody(spec.input) },
        responses: { 200: answer(spec.save.answer, Answer), 400: invalidInput },
      }),
      async (c) => c.json(answerOf(await spec.save.run(c.var.ctx, validJson(c.req))), 200),
    )
    .openapi(withoutBody('delete', spec.forget), async (c) => {
      await spec.forget.run(c.var.ctx)
      return c.json(answerOf(null), 200)
    })
}

/**
 * The JSON body as validated. TypeScript cannot name the validated body of a
 * generic schema, so it is read as `unknown`, which the core parses itself.
 */
function validJson(request: object): unknown {
  return (request as { valid(target: 'json'): unknown }).valid('json')
}
