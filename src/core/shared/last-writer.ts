/**
 * Last writer wins, per field, by the client's clock.
 *
 * Why: meeting mode saves as the explorer types, from a phone that can lose
 * its connection; queued edits are replayed when the server is back, late
 * and possibly out of order (a retry can overtake a newer edit). Each row
 * keeps, per field, the client time of the edit it holds, and an edit older
 * than that is ignored for that field. Replaying the same edit twice changes
 * nothing, so replays are idempotent. One explorer types on one device at a
 * time, so comparing one client's clock with itself is sound; an edit
 * without a client time (the CLI, a plain API call) is "now" and always wins.
 */

/** Field name → ISO instant of the edit the stored value came from. */
export type FieldTimes = Record<string, string>

export function parseFieldTimes(json: string | null | undefined): FieldTimes {
  if (!json) return {}
  try {
    const value: unknown = JSON.parse(json)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  } catch {
    return {}
  }
}

export interface Decision<K extends string> {
  /** The fields of the edit to write. */
  apply: K[]
  /** The fields of the edit that a newer stored edit beats. */
  ignored: K[]
  /** The field times to store after writing `apply`. */
  times: FieldTimes
}

/**
 * Decides which fields of an edit to write.
 *
 * @example lastWriterWins(['answer'], { answer: '2026-03-02T09:10:00Z' }, '2026-03-02T09:05:00Z', now)
 * // { apply: [], ignored: ['answer'], times: { answer: '2026-03-02T09:10:00Z' } }
 */
export function lastWriterWins<K extends string>(
  fields: readonly K[],
  stored: FieldTimes,
  editedAt: string | undefined,
  now: Date,
): Decision<K> {
  const apply: K[] = []
  const ignored: K[] = []
  const times: FieldTimes = { ...stored }
  const client = editedAt === undefined ? undefined : new Date(editedAt).getTime()
  for (const field of fields) {
    const previous = stored[field] === undefined ? undefined : Date.parse(stored[field] ?? '')
    if (client === undefined) {
      // Unstamped edits are "now" and win; the stored time never goes backwards.
      apply.push(field)
      const at = Math.max(now.getTime(), previous ?? 0)
      times[field] = new Date(at).toISOString()
    } else if (previous === undefined || Number.isNaN(previous) || previous <= client) {
      apply.push(field)
      times[field] = new Date(client).toISOString()
    } else {
      ignored.push(field)
    }
  }
  return { apply, ignored, times }
}

/**
 * Decides which fields of a patch to write: the fields it gives (not
 * undefined), against the field times the row stores (its `field_times`).
 *
 * @example const decision = decidePatch(changes, current.field_times, updatedAt, tx.now())
 */
export function decidePatch<T extends object>(
  patch: T,
  storedTimes: string | null | undefined,
  editedAt: string | undefined,
  now: Date,
): Decision<keyof T & string> {
  const fields = (Object.keys(patch) as Array<keyof T & string>).filter(
    (key) => patch[key] !== undefined,
  )
  return lastWriterWins(fields, parseFieldTimes(storedTimes), editedAt, now)
}
