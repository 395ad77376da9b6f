/**
 * Time zone checks without a new `Intl.DateTimeFormat` per call. Each
 * formatter holds ICU objects in native memory that V8's collector neither
 * counts nor returns promptly: at ~150 checks per Today, a busy server's RSS
 * grew by hundreds of megabytes. A zone is checked once and remembered.
 */

// Valid zone names seen so far. The IANA list is finite, but Intl accepts any
// letter case, so the set is capped rather than trusted to stay small.
const knownZones = new Set<string>()
const MAX_KNOWN_ZONES = 2_000

/**
 * Whether `zone` is an IANA time zone this runtime knows.
 *
 * @example isTimeZone('Europe/Berlin') // true
 * @example isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    return false
  }
  if (knownZones.size >= MAX_KNOWN_ZONES) knownZones.clear()
  knownZones.add(zone)
  return true
}

const machine: { zone?: string } = {}

/**
 * This machine's time zone, read once per process (as every date library does).
 *
 * @example machineTimeZone() // 'Europe/Berlin'
 */
export function machineTimeZone(): string {
  machine.zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone
  return machine.zone
}
