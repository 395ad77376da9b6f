import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { StoredTemplate, TemplateSave, TemplateVariableEntry } from '../../core/outreach/schema.ts'
import {
  getTemplate,
  listTemplates,
  resetTemplate,
  saveTemplate,
  templateVariableList,
} from '../../core/outreach/template-store.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { validationHook } from '../errors.ts'
import { answer, invalidInput, jsonBody } from '../openapi.ts'

const KeyParam = z.object({
  key: Text.min(1)
    .max(64)
    .openapi({
      param: { name: 'key', in: 'path' },
      description: 'outreach-connection, follow-up, …',
    }),
})
const Templates = z.object({
  templates: z.array(StoredTemplate),
  variables: z.array(TemplateVariableEntry).describe('Every {variable}, with what it holds'),
})

/** The explorer's message templates, under `/templates`. */
export const templateRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Templates'],
      summary: 'Every message template (the explorer’s version or ours) and the variables',
      responses: { 200: answer('The templates', Templates) },
    }),
    async (c) =>
      c.json({ templates: await listTemplates(c.var.ctx), variables: templateVariableList() }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{key}',
      tags: ['Templates'],
      summary: 'One template',
      request: { params: KeyParam },
      responses: {
        200: answer('The template', StoredTemplate),
        400: invalidInput,
      },
    }),
    async (c) => c.json(await getTemplate(c.var.ctx, c.req.valid('param').key), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{key}',
      tags: ['Templates'],
      summary: 'Save the explorer’s version of a template (unknown {variables} are refused)',
      request: { params: KeyParam, body: jsonBody(TemplateSave) },
      responses: {
        200: answer('The template as saved', StoredTemplate),
        400: invalidInput,
      },
    }),
    async (c) =>
      c.json(await saveTemplate(c.var.ctx, c.req.valid('param').key, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{key}',
      tags: ['Templates'],
      summary: 'Put a template back to our default text',
      request: { params: KeyParam },
      responses: {
        200: answer('The default template', StoredTemplate),
        400: invalidInput,
      },
    }),
    async (c) => c.json(await resetTemplate(c.var.ctx, c.req.valid('param').key), 200),
  )
