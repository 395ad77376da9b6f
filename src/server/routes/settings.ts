import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { SettingEntry, Settings, SettingsPatch } from '../../core/settings/schema.ts'
import { listSettings, resetSetting, updateSettings } from '../../core/settings/service.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { json } from '../openapi.ts'

const SettingsAnswer = z.object({ settings: Settings, entries: z.array(SettingEntry) })

export const settingsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Settings'],
      summary: 'Every setting: values, defaults and meanings',
      responses: { 200: { description: 'The settings', content: json(SettingsAnswer) } },
    }),
    async (c) => c.json(await settingsAnswer(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/',
      tags: ['Settings'],
      summary: 'Change some settings',
      request: { body: { content: json(SettingsPatch), required: true } },
      responses: {
        200: { description: 'The settings after the change', content: json(SettingsAnswer) },
        400: { description: 'A value is not valid', content: json(ErrorBody) },
      },
    }),
    async (c) => {
      await updateSettings(c.var.ctx, c.req.valid('json'))
      return c.json(await settingsAnswer(c.var.ctx), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{key}',
      tags: ['Settings'],
      summary: 'Put one setting back to its default',
      request: { params: z.object({ key: Text.min(1).max(64) }) },
      responses: {
        200: { description: 'The settings after the reset', content: json(SettingsAnswer) },
        400: { description: 'No such setting', content: json(ErrorBody) },
      },
    }),
    async (c) => {
      await resetSetting(c.var.ctx, c.req.valid('param').key)
      return c.json(await settingsAnswer(c.var.ctx), 200)
    },
  )

async function settingsAnswer(ctx: AppEnv['Variables']['ctx']) {
  const entries = await listSettings(ctx)
  const settings = Object.fromEntries(entries.map((e) => [e.key, e.value]))
  return { settings: Settings.parse(settings), entries }
}
