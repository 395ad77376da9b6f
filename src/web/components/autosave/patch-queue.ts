/**
 * The autosave of a record edited as one patch (a reflection, a draft): the
 * client half of the protocol the meeting's SaveQueue follows. Each change
 * is kept on this device at once (so a reload or a dropped connection loses
 * nothing), stamped with this device's time of the edit (`updatedAt`: the
 * server keeps, per field, the newest edit, so two devices keep each
 * other's fields and a late replay loses to a newer edit), sent after a
 * pause in typing, and retried with backoff until the server has it. Only
 * the changed fields travel; what changes while a save is on its way is
 * sent next. A save the server refuses for good is dropped and reported.
 */

export type AutosaveStatus = 'saved' | 'saving' | 'offline'

export interface EditedPatch {
  /** The client's time of the newest edit in the patch (ISO). */
  updatedAt?: string | undefined
}

export interface PatchQueueOptions<Patch extends EditedPatch, Saved> {
  /** Where unsent edits wait on this device (see pending-edits.ts). */
  storage: { read: () => Patch; store: (patch: Patch) => void }
  /** Sends the patch; throws when it did not arrive or was refused. */
  send: (patch: Patch) => Promise<Saved>
  /** Whether a failure means "try again later" (no connection, server down) rather than "never". */
  isRetryable: (error: unknown) => boolean
  onStatus: (status: AutosaveStatus) => void
  /** The server's record after a save; `rest` is what was changed meanwhile and goes next. */
  onSaved?: (saved: Saved, sent: Patch, rest: Patch) => void
  /** A save refused for good (it is dropped), with the server's reason. */
  onRejected?: (error: unknown) => void
  /** Typing pauses this long before a change is sent. */
  debounceMs?: number
  /** This device's clock (tests give their own). */
  now?: () => Date
}

const maxBackoffMs = 30_000

export class PatchQueue<Patch extends EditedPatch, Saved> {
  readonly #options: PatchQueueOptions<Patch, Saved>
  #pending: Patch
  #timer: ReturnType<typeof setTimeout> | undefined
  #flushing = false
  #failures = 0

  constructor(options: PatchQueueOptions<Patch, Saved>) {
    this.#options = options
    this.#pending = options.storage.read()
  }

  /** The changes not yet confirmed by the server. */
  pending(): Patch {
    return this.#pending
  }

  /** Keeps a change on this device at once, and sends it after a pause (at once with `now`). */
  put(change: Patch, { now = false }: { now?: boolean } = {}): void {
    const at = (this.#options.now ?? (() => new Date()))().toISOString()
    this.#keep({ ...this.#pending, ...change, updatedAt: at })
    this.#options.onStatus('saving')
    this.#schedule(now ? 0 : (this.#options.debounceMs ?? 700))
  }

  /** Sends what is pending; resolves once it arrived, was refused, or must wait for a retry. */
  async flush(): Promise<void> {
    if (this.#flushing) return
    clearTimeout(this.#timer)
    this.#timer = undefined
    const sending = this.#pending
    if (!hasChanges(sending)) {
      this.#options.onStatus('saved')
      return
    }
    this.#flushing = true
    this.#options.onStatus('saving')
    try {
      const saved = await this.#options.send(sending)
      this.#failures = 0
      const rest = withoutSent(this.#pending, sending)
      this.#keep(rest)
      this.#options.onSaved?.(saved, sending, rest)
      if (hasChanges(rest)) this.#schedule(0)
      else this.#options.onStatus('saved')
    } catch (error) {
      if (this.#options.isRetryable(error)) {
        this.#failures++
        this.#options.onStatus('offline')
        this.#schedule(Math.min(maxBackoffMs, 1000 * 2 ** (this.#failures - 1)))
      } else {
        this.#keep({} as Patch)
        this.#options.onStatus('saved')
        this.#options.onRejected?.(error)
      }
    } finally {
      this.#flushing = false
    }
  }

  /** Tries again now, e.g. when the browser says it is back online. */
  retryNow(): void {
    this.#failures = 0
    void this.flush()
  }

  /** Stops the timer (the page went away); what is pending stays on this device. */
  stop(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.flush()
    }, delay)
  }

  #keep(patch: Patch): void {
    this.#pending = patch
    this.#options.storage.store(patch)
  }
}

/** Whether a patch holds a change: its edit time alone is nothing to send. */
function hasChanges(patch: EditedPatch): boolean {
  return Object.keys(patch).some((key) => key !== 'updatedAt')
}

/** What was changed while `sent` was on its way: the fields whose value is not what went. */
function withoutSent<Patch extends EditedPatch>(current: Patch, sent: Patch): Patch {
  const rest: Record<string, unknown> = { ...(current as Record<string, unknown>) }
  for (const key of Object.keys(sent)) {
    if (JSON.stringify(rest[key]) === JSON.stringify((sent as Record<string, unknown>)[key]))
      delete rest[key]
  }
  if (!hasChanges(rest)) delete rest.updatedAt
  return rest as Patch
}
