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

/** One route of a family: its text, what it answers, the other answers it may give. */
export interface RouteSpec {
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
type JsonSpec<S extends z.ZodType> = RouteSpec & { ok: Answer<S>; status?: 200 | 201 }
/** What the success answer of a spec holds. */
type Output<Spec extends RouteSpec> = Spec['ok'] extends Answer<infer S> ? z.infer<S> : never

/** The types of the routes the factories make: what the typed client and `.openapi()` read. */
type Common<M extends RouteConfig['method'], P extends string> = {
  method: M
  path: P
  tags: string[]
  summary: string
  description?: string
}
type Answers<Spec extends RouteSpec> = {
  [K in Spec['status'] extends number ? Spec['status'] : 200]: Spec['ok']
} & (Spec['more'] extends Responses ? Spec['more'] : unknown)
type IdRoute<M extends RouteConfig['method'], P extends string, B, Spec extends RouteSpec> = Common<
  M,
  P
> & {
  request: { params: Params } & (B extends Body ? { body: B } : unknown)
  responses: Answers<Spec> & { 404: ErrorAnswer } & (B extends Body
      ? { 400: ErrorAnswer }
      : unknown)
}
type PlainRoute<M extends RouteConfig['method'], P extends string, Spec extends RouteSpec> = Common<
  M,
  P
> & { responses: Answers<Spec> }
type BodyRoute<
  M extends RouteConfig['method'],
  P extends string,
  B extends Body,
  Spec extends RouteSpec,
> = Common<M, P> & { request: { body: B }; responses: Answers<Spec> & { 400: ErrorAnswer } }

/** What a family's routes share: their tags, and (on a record) the `{id}` and its 404. */
interface Family {
  tags: string[]
  params?: Params
  missing?: ErrorAnswer
  invalid?: ErrorAnswer
}

/** The route a spec describes, in the family: `{id}` and 404 when it has them, 400 with a body. */
function defineRoute(
  family: Family,
  method: RouteConfig['method'],
  path: string,
  body: Body | undefined,
  spec: RouteSpec,
) {
  const { params } = family
  const request = { ...(params ? { params } : {}), ...(body ? { body } : {}) }
  return createRoute({
    method,
    path,
    tags: family.tags,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(params || body ? { request } : {}),
    responses: {
      [spec.status ?? 200]: spec.ok,
      ...(body ? { 400: family.invalid ?? invalidInput } : {}),
      ...(family.missing ? { 404: family.missing } : {}),
      ...spec.more,
    },
  })
}

/** The context a handler of the family gets: the validated `{id}` and body. */
type FamilyContext = Context<AppEnv, string, { out: { param: { id: string }; json: unknown } }>

/**
 * The factories of a family. Its core functions take the explorer's context,
 * then `Args` (the `{id}` the request names, or nothing), then the body.
 */
function factories<Args extends [] | [id: string]>(
  family: Family,
  argsOf: (c: FamilyContext) => Args,
) {
  /** The route's type: on a record (with `{id}` and its 404) or not. */
  type Route<
    M extends RouteConfig['method'],
    P extends string,
    B,
    Spec extends RouteSpec,
  > = Args extends [string]
    ? IdRoute<M, P, B, Spec>
    : B extends Body
      ? BodyRoute<M, P, B, Spec>
      : PlainRoute<M, P, Spec>
  return {
    /** A route without a body (a read, an action such as `…/fill`, a delete that answers). */
    route<
      M extends 'get' | 'post' | 'delete',
      P extends string,
      const Spec extends JsonSpec<z.ZodType>,
    >(method: M, path: P, spec: Spec, run: (ctx: Ctx, ...args: Args) => Promise<Output<Spec>>) {
      const handler = async (c: FamilyContext) =>
        c.json(await run(c.var.ctx, ...argsOf(c)), spec.status ?? 200)
      return typed<Route<M, P, undefined, Spec>>(
        defineRoute(family, method, path, undefined, spec),
        handler,
      )
    },

    /** A route with a JSON body, given to `run` last (`{}` for an optional body left out). */
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
      run: (ctx: Ctx, ...args: [...Args, Input<B>]) => Promise<Output<Spec>>,
    ) {
      const handler = async (c: FamilyContext) => {
        const input = (c.req.valid('json') ?? {}) as Input<B>
        return c.json(await run(c.var.ctx, ...argsOf(c), input), spec.status ?? 200)
      }
      return typed<Route<M, P, B, Spec>>(defineRoute(family, method, path, body, spec), handler)
    },
  }
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
  const family = { tags, params, ...errors }
  return {
    ...factories(family, (c): [id: string] => [c.req.valid('param').id]),

    /** `DELETE path`: `run(ctx, id)`, then 204. */
    remove<P extends string>(
      path: P,
      summary: string,
      run: (ctx: Ctx, id: string) => Promise<void>,
    ) {
      const spec = { summary, status: 204, ok: { description: 'Deleted' } } as const
      const handler = async (c: FamilyContext) => {
        await run(c.var.ctx, c.req.valid('param').id)
        return c.body(null, 204)
      }
      return typed<IdRoute<'delete', P, undefined, typeof spec>>(
        defineRoute(family, 'delete', path, undefined, spec),
        handler,
      )
    },
  }
}

/**
 * The same factories for the routes of one file that take no `{id}` (Today,
 * the settings, the merges done, a new message): without the parameter and
 * its 404.
 *
 * @example app.openapi(...plainRoutes(['Today']).route('get', '/', { summary, ok: answer('The agenda', Today) }, today))
 */
export function plainRoutes(tags: string[], invalid?: ErrorAnswer) {
  return factories({ tags, invalid }, (): [] => [])
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
