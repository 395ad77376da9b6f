import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { SettingEntry, Settings, SettingsPatch } from '../../core/settings/schema.ts'
import { listSettings, resetSetting, updateSettings } from '../../core/settings/service.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { answer, jsonBody } from '../openapi.ts'
import { plainRoutes } from './route-factories.ts'

const SettingsAnswer = z.object({ settings: Settings, entries: z.array(SettingEntry) })

export const settingsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    ...plainRoutes(['Settings']).route(
      'get',
      '/',
      {
        summary: 'Every setting: values, defaults and meanings',
        ok: answer('The settings', SettingsAnswer),
      },
      settingsAnswer,
    ),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/',
      tags: ['Settings'],
      summary: 'Change some settings',
      request: { body: jsonBody(SettingsPatch) },
      responses: {
        200: answer('The settings after the change', SettingsAnswer),
        400: answer('A value is not valid', ErrorBody),
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
        200: answer('The settings after the reset', SettingsAnswer),
        400: answer('No such setting', ErrorBody),
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
