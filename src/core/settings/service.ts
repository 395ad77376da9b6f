import { type Ctx, inTransaction } from '../context.ts'
import { invalid } from '../errors.ts'
import { machineTimeZone } from '../rules/time-zones.ts'
import type { DateStyle } from '../shared/date-words.ts'
import { parseInput } from '../validate.ts'
import { deleteSetting, readSettingRows, writeSetting } from './repo.ts'
import {
  defaultSettings,
  type SettingEntry,
  type SettingKey,
  Settings,
  SettingsPatch,
  settingKeys,
} from './schema.ts'

/** The explorer's settings: their own values over the defaults. */
export async function getSettings(ctx: Ctx): Promise<Settings> {
  const settings: Settings = { ...defaultSettings }
  for (const row of await readSettingRows(ctx)) {
    if (!isSettingKey(row.key)) continue
    const field = Settings.shape[row.key]
    // A value an older version accepted but this one does not falls back to the default.
    const parsed = field.safeParse(JSON.parse(row.value))
    if (parsed.success) Object.assign(settings, { [row.key]: parsed.data })
  }
  return settings
}

/** Changes some settings; every value is checked before any is written. */
export async function updateSettings(ctx: Ctx, patch: unknown): Promise<Settings> {
  const changes = parseInput(SettingsPatch, patch)
  return inTransaction(ctx, async (tx) => {
    const merged = { ...(await getSettings(tx)), ...changes }
    if (merged.questionsRecommendedMin > merged.questionsRecommendedMax) {
      throw invalid('questionsRecommendedMin', 'must not be more than questionsRecommendedMax')
    }
    if (merged.secondContactAfterBusinessDays > merged.followUpAfterBusinessDays) {
      throw invalid(
        'secondContactAfterBusinessDays',
        'must not be more than followUpAfterBusinessDays',
      )
    }
    for (const [key, value] of Object.entries(changes)) {
      await writeSetting(tx, key, JSON.stringify(value))
    }
    return merged
  })
}

/** Puts one setting back to its default. */
export async function resetSetting(ctx: Ctx, key: string): Promise<Settings> {
  if (!isSettingKey(key)) throw invalid('key', unknownKeyMessage(key))
  await deleteSetting(ctx, key)
  return getSettings(ctx)
}

/** Every setting with its value, default and meaning, for lists. */
export async function listSettings(ctx: Ctx): Promise<SettingEntry[]> {
  const settings = await getSettings(ctx)
  return settingKeys.map((key) => ({
    key,
    value: settings[key],
    defaultValue: defaultSettings[key],
    isDefault: JSON.stringify(settings[key]) === JSON.stringify(defaultSettings[key]),
    description: Settings.shape[key].description ?? '',
  }))
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(Settings.shape, key)
}

export function unknownKeyMessage(key: string): string {
  return `"${key}" is not a setting; the settings are ${settingKeys.join(', ')}`
}

/** The time zone the explorer lives in: their setting, else this machine's. */
export function effectiveTimeZone(settings: Settings): string {
  return settings.timeZone ?? machineTimeZone()
}

/**
 * How this explorer reads dates: the request's or terminal's locale, their
 * time zone and their 12/24-hour clock (see core/shared/date-words.ts).
 */
export async function explorerDateStyle(ctx: Ctx): Promise<DateStyle> {
  const settings = await getSettings(ctx)
  return { locale: ctx.locale, timeZone: effectiveTimeZone(settings), clock: settings.clock }
}
