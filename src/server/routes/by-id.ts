import { createRoute, type RouteConfig, type RouteHandler, type z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Ctx } from '../../core/context.ts'
import type { AppEnv } from '../env.ts'
import type { ErrorBody } from '../errors.ts'
import { type answer, invalidInput, type jsonBody, type optionalJsonBody } from '../openapi.ts'
import type { idParam } from './params.ts'

type Responses = RouteConfig['responses']
type Answer<S extends z.ZodType> = ReturnType<typeof answer<S>>
type ErrorAnswer = Answer<typeof ErrorBody>
type Body = ReturnType<typeof jsonBody> | ReturnType<typeof optionalJsonBody>
/** What a JSON body holds once validated (`{}` for an optional body left out). */
type Input<B extends Body> = z.infer<B['content']['application/json']['schema']>

/** The `{id}` parameter of a family's routes. */
type Params = ReturnType<typeof idParam>

/** The error answers of a family's routes. */
export interface IdRouteErrors {
  /** The 404 answer: `{id}` names nothing. */
  missing: ErrorAnswer
  /** The 400 answer of a route with a body, which failed its schema (`invalidInput` unless said). */
  invalid?: ErrorAnswer
}

/** One route on the record `{id}` names: its text, what it answers, the other answers it may give. */
export interface IdRouteSpec {
  summary: string
  description?: string
  /** The success answer. */
  ok: Responses[number]
  /** The success status (200 unless said). */
  status?: 200 | 201 | 204
  /** Answers beside the success, the 404 and the 400 (one given here replaces the family's). */
  more?: Responses
}

/** A spec whose success answer is JSON of schema S. */
type JsonSpec<S extends z.ZodType> = IdRouteSpec & { ok: Answer<S>; status?: 200 | 201 }
/** What the success answer of a spec holds. */
type Output<Spec extends IdRouteSpec> = Spec['ok'] extends Answer<infer S> ? z.infer<S> : never

type IdRoute<M extends RouteConfig['method'], P extends string, B, Spec extends IdRouteSpec> = {
  method: M
  path: P
  tags: string[]
  summary: string
  description?: string
  request: { params: Params } & (B extends Body ? { body: B } : unknown)
  responses: {
    [K in Spec['status'] extends number ? Spec['status'] : 200]: Spec['ok']
  } & { 404: ErrorAnswer } & (B extends Body ? { 400: ErrorAnswer } : unknown) &
    (Spec['more'] extends Responses ? Spec['more'] : unknown)
}

/**
 * Route factories for the routes of one file that act on the record `{id}`
 * names: each route says only its method, path, text and answer, and the
 * core function behind it; the tags, the `{id}` parameter, the 404 (and the
 * 400 of a route with a body) come from the family. Each yields the route
 * and its handler, for `.openapi(...route)`, so validation, the OpenAPI
 * document and the typed client come from the same place.
 *
 * @example
 * const plan = idRoutes(['Plans'], ConversationParam, { missing: noConversation })
 * app.openapi(...plan.route('get', '/{id}/plan', { summary: 'The plan', ok: answer('The plan', Plan) }, getPlan))
 */
export function idRoutes(tags: string[], params: Params, errors: IdRouteErrors) {
  function route(
    method: RouteConfig['method'],
    path: string,
    body: Body | undefined,
    spec: IdRouteSpec,
  ) {
    return createRoute({
      method,
      path,
      tags,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      request: { params, ...(body ? { body } : {}) },
      responses: {
        [spec.status ?? 200]: spec.ok,
        ...(body ? { 400: errors.invalid ?? invalidInput } : {}),
        404: errors.missing,
        ...spec.more,
      },
    })
  }

  /** The context a handler of the family gets: the validated `{id}` and body. */
  type IdContext = Context<AppEnv, string, { out: { param: { id: string }; json: unknown } }>

  return {
    /** A route without a body (a read, an action such as `…/fill`, a delete that answers). */
    route<
      M extends 'get' | 'post' | 'delete',
      P extends string,
      const Spec extends JsonSpec<z.ZodType>,
    >(method: M, path: P, spec: Spec, run: (ctx: Ctx, id: string) => Promise<Output<Spec>>) {
      const handler = async (c: IdContext) =>
        c.json(await run(c.var.ctx, c.req.valid('param').id), spec.status ?? 200)
      return typed<IdRoute<M, P, undefined, Spec>>(route(method, path, undefined, spec), handler)
    },

    /** A route with a JSON body: answers `run(ctx, id, body)` (`{}` for an optional body left out). */
    routeWithBody<
      M extends 'post' | 'put' | 'patch',
      P extends string,
      B extends Body,
      const Spec extends JsonSpec<z.ZodType>,
    >(
      method: M,
      path: P,
      body: B,
      spec: Spec,
      run: (ctx: Ctx, id: string, input: Input<B>) => Promise<Output<Spec>>,
    ) {
      const handler = async (c: IdContext) => {
        const input = (c.req.valid('json') ?? {}) as Input<B>
        return c.json(await run(c.var.ctx, c.req.valid('param').id, input), spec.status ?? 200)
      }
      return typed<IdRoute<M, P, B, Spec>>(route(method, path, body, spec), handler)
    },

    /** `DELETE path`: `run(ctx, id)`, then 204. */
    remove<P extends string>(
      path: P,
      summary: string,
      run: (ctx: Ctx, id: string) => Promise<void>,
    ) {
      const spec = { summary, status: 204, ok: { description: 'Deleted' } } as const
      const handler = async (c: IdContext) => {
        await run(c.var.ctx, c.req.valid('param').id)
        return c.body(null, 204)
      }
      return typed<IdRoute<'delete', P, undefined, typeof spec>>(
        route('delete', path, undefined, spec),
        handler,
      )
    },
  }
}

type PlainRoute<M extends RouteConfig['method'], P extends string, Spec extends IdRouteSpec> = {
  method: M
  path: P
  tags: string[]
  summary: string
  description?: string
  responses: {
    [K in Spec['status'] extends number ? Spec['status'] : 200]: Spec['ok']
  } & (Spec['more'] extends Responses ? Spec['more'] : unknown)
}

/**
 * Route factories for the routes of one file that take nothing but the
 * explorer's context (Today, the settings, the merges done): each says its
 * method, path, text and answer, and the core function behind it.
 *
 * @example app.openapi(...plainRoutes(['Today']).route('get', '/', { summary, ok: answer('The agenda', Today) }, today))
 */
export function plainRoutes(tags: string[]) {
  return {
    /** A route without a body: answers `run(ctx)`. */
    route<
      M extends 'get' | 'post' | 'delete',
      P extends string,
      const Spec extends JsonSpec<z.ZodType>,
    >(method: M, path: P, spec: Spec, run: (ctx: Ctx) => Promise<Output<Spec>>) {
      const handler = async (c: Context<AppEnv>) => c.json(await run(c.var.ctx), spec.status ?? 200)
      const route = createRoute({
        method,
        path,
        tags,
        summary: spec.summary,
        ...(spec.description ? { description: spec.description } : {}),
        responses: { [spec.status ?? 200]: spec.ok, ...spec.more },
      })
      return typed<PlainRoute<M, P, Spec>>(route, handler)
    },
  }
}

/**
 * The route and handler as `.openapi()` takes them. The route's type is
 * stated by the factory (TypeScript cannot follow the object it builds);
 * the handler's answer was checked against the success schema by `run`'s type.
 */
function typed<R extends RouteConfig>(
  route: RouteConfig,
  handler: (c: never) => Promise<Response>,
) {
  return [route as R, handler as unknown as RouteHandler<R, AppEnv>] as const
}
