import type { DateStyle } from '../../../core/shared/date-words.ts'
import { useSettings } from '../../api/settings.ts'

/**
 * How this explorer reads dates, for every date the web app writes: the
 * browser's language, their time zone setting (else the browser's) and
 * their clock setting. Kept here once the settings load (`useDateStyle` in
 * the layout), so the small formatting helpers need no hook of their own;
 * saving a setting refetches every query, so pages redraw with it.
 */
// Asked once: making a DateTimeFormat costs a slow phone ~20 ms, and the
// frame asks on every draw while the explorer has set no zone of their own.
let browserZone: string | undefined
const browserTimeZone = () => {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  return browserZone
}

let current: DateStyle = {
  locale: typeof navigator === 'undefined' ? undefined : navigator.language,
  timeZone: browserTimeZone(),
  clock: null,
}

/** The explorer's date style as last loaded. */
export function dateStyle(): DateStyle {
  return current
}

/** Follows the explorer's settings; called once by the app's frame. */
export function useDateStyle(): DateStyle {
  const settings = useSettings().data?.settings
  if (settings) {
    const timeZone = settings.timeZone ?? browserTimeZone()
    if (timeZone !== current.timeZone || settings.clock !== current.clock) {
      current = { ...current, timeZone, clock: settings.clock }
    }
  }
  return current
}
