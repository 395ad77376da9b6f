import type { Command } from 'commander'
import { invalid } from '../../core/errors.ts'
import { defaultSettings, type SettingKey } from '../../core/settings/schema.ts'
import {
  isSettingKey,
  listSettings,
  resetSetting,
  unknownKeyMessage,
  updateSettings,
} from '../../core/settings/service.ts'
import { table } from '../format.ts'
import { writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

/** Reads a value typed on the command line as the type of the setting (the core checks it). */
export function parseSettingValue(key: SettingKey, text: string): unknown {
  const trimmed = text.trim()
  const sample = defaultSettings[key]
  if (typeof sample === 'number') return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed
  if (typeof sample === 'boolean') {
    if (/^(true|yes|on)$/i.test(trimmed)) return true
    if (/^(false|no|off)$/i.test(trimmed)) return false
    return trimmed
  }
  if (Array.isArray(sample)) {
    // Lists are typed comma-separated: 6,7 or 2026-12-24,2026-12-25.
    if (trimmed === '' || /^none$/i.test(trimmed)) return []
    return trimmed
      .split(',')
      .map((part) => (/^\d+$/.test(part.trim()) ? Number(part.trim()) : part.trim()))
  }
  if (sample === null && (trimmed === '' || /^(none|default)$/i.test(trimmed))) return null
  return trimmed
}

function show(value: unknown): string {
  if (value === null) return '(this machine’s)'
  return Array.isArray(value) ? value.join(',') || '(none)' : String(value)
}

export function registerSettings(program: Command, session: CliSession): void {
  const { io } = session
  const settings = program.command('settings').description('the numbers of the method')

  settings
    .command('list')
    .description('every setting, its value and default')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      const entries = await listSettings(await session.ctx(command))
      await session.reply(command, entries, () =>
        table(
          entries.map((e) => [
            `${e.key}${e.isDefault ? '' : ' *'}`,
            show(e.value),
            show(e.defaultValue),
            e.description,
          ]),
          ['SETTING', 'VALUE', 'DEFAULT', 'MEANING'],
          70,
        ),
      )
    })

  settings
    .command('show')
    .description('one setting')
    .argument('<key>', 'the setting')
    .option('--json', 'print JSON')
    .action(async (key: string, _options: unknown, command: Command) => {
      const entry = (await listSettings(await session.ctx(command))).find((e) => e.key === key)
      if (!entry) throw invalid('key', unknownKeyMessage(key))
      await session.reply(
        command,
        entry,
        () =>
          `${entry.key} = ${show(entry.value)}  (default ${show(entry.defaultValue)}) — ${entry.description}`,
      )
    })

  settings
    .command('edit')
    .alias('set')
    .description('change a setting, e.g. settings edit outreachMaxWords 100')
    .argument('<key>', 'the setting')
    .argument('<value>', 'its new value (lists comma-separated)')
    .option('--json', 'print the settings as JSON')
    .action(async (key: string, value: string, _options: unknown, command: Command) => {
      if (!isSettingKey(key)) throw invalid('key', unknownKeyMessage(key))
      const updated = await updateSettings(await session.ctx(command), {
        [key]: parseSettingValue(key, value),
      })
      await session.reply(command, updated, () => `${key} = ${show(updated[key])}`)
    })

  settings
    .command('rm')
    .alias('reset')
    .description('put a setting back to its default')
    .argument('<key>', 'the setting')
    .action(async (key: string, _options: unknown, command: Command) => {
      const updated = await resetSetting(await session.ctx(command), key)
      if (isSettingKey(key)) writeLine(io.stdout, `${key} = ${show(updated[key])} (default)`)
    })
}
