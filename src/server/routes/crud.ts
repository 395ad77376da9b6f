import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Ctx } from '../../core/context.ts'
import type { Page } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, json } from '../openapi.ts'
import { IdParam } from './params.ts'

/** The core functions behind one REST resource. */
export interface ResourceService<T> {
  list: (ctx: Ctx, query: unknown) => Promise<Page<T>>
  get: (ctx: Ctx, id: string) => Promise<T>
  create: (ctx: Ctx, input: unknown) => Promise<T>
  update: (ctx: Ctx, id: string, patch: unknown) => Promise<T>
  remove: (ctx: Ctx, id: string) => Promise<void>
}

export interface ResourceSpec<R extends z.ZodType> {
  /** The OpenAPI tag and the singular noun, e.g. 'Person' / 'person'. */
  tag: string
  noun: string
  record: R
  create: z.ZodType
  patch: z.ZodType
  listQuery: z.ZodObject
  service: ResourceService<z.infer<R>>
}

const errors = {
  400: answer('The input is not valid; `issues` names each failing field', ErrorBody),
  404: answer('No such record', ErrorBody),
  409: answer('The change conflicts with other records', ErrorBody),
} as const

/**
 * The five REST routes of a resource — list with paging, create (201), read,
 * partial update, delete — each defined once, so validation, the OpenAPI
 * document and the typed client come from the same place.
 *
 * @example app.route('/people', resource({ tag: 'People', noun: 'person', … }))
 */
export function resource<R extends z.ZodType>(spec: ResourceSpec<R>) {
  const page = z.object({
    items: z.array(spec.record),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  const { tag, noun, service } = spec
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags: [tag],
        summary: `List ${tag.toLowerCase()}`,
        request: { query: spec.listQuery },
        responses: { 200: answer('One page', page), 400: errors[400] },
      }),
      async (c) => c.json(await service.list(c.var.ctx, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags: [tag],
        summary: `Create a ${noun}`,
        request: { body: { content: json(spec.create), required: true } },
        responses: {
          201: answer('Created', spec.record),
          400: errors[400],
        },
      }),
      async (c) => c.json(await service.create(c.var.ctx, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags: [tag],
        summary: `Read a ${noun}`,
        request: { params: IdParam },
        responses: {
          200: answer(`The ${noun}`, spec.record),
          404: errors[404],
        },
      }),
      async (c) => c.json(await service.get(c.var.ctx, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        tags: [tag],
        summary: `Change some fields of a ${noun}`,
        request: { params: IdParam, body: { content: json(spec.patch), required: true } },
        responses: {
          200: answer(`The changed ${noun}`, spec.record),
          400: errors[400],
          404: errors[404],
        },
      }),
      async (c) =>
        c.json(await service.update(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags: [tag],
        summary: `Delete a ${noun}`,
        request: { params: IdParam },
        responses: { 204: { description: 'Deleted' }, 404: errors[404], 409: errors[409] },
      }),
      async (c) => {
        await service.remove(c.var.ctx, c.req.valid('param').id)
        return c.body(null, 204)
      },
    )
}
