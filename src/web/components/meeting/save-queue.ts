/**
 * Nothing typed is ever lost. Every edit of a meeting goes first into a
 * queue in localStorage, keyed by conversation, and only then to the
 * server; it leaves the queue once the server has it. So an edit survives a
 * reload, a closed tab and a dropped connection, and is replayed when the
 * server is back (the `online` event, and retries with backoff).
 *
 * Each edit carries the time it was made on this device (`at`). The server
 * keeps, per field, the newest edit by that time, so a late or repeated
 * replay never overwrites newer text (see src/core/plans/last-writer.ts).
 * A newer edit of the same field replaces the queued one: only the latest
 * text of an answer is ever sent.
 */

export type QueuedEdit =
  | { kind: 'item'; itemId: string; field: 'answer' | 'state'; value: string; at: string }
  | { kind: 'meeting'; field: 'freeNotes' | 'researchNotes'; value: string; at: string }
  | { kind: 'start' | 'end'; at: string }
  | {
      kind: 'referral'
      key: string
      name: string
      organization?: string | undefined
      note?: string | undefined
      at: string
    }

export type SaveStatus = 'saved' | 'saving' | 'offline'

/** The same field of the same record: a newer edit replaces an older one in the queue. */
export function editKey(edit: QueuedEdit): string {
  switch (edit.kind) {
    case 'item':
      return `item:${edit.itemId}:${edit.field}`
    case 'meeting':
      return `meeting:${edit.field}`
    case 'referral':
      return `referral:${edit.key}`
    default:
      return edit.kind
  }
}

export interface SaveQueueOptions {
  conversationId: string
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  /** Sends one edit; throws when it did not arrive. */
  send: (edit: QueuedEdit) => Promise<void>
  /** Whether a failure means "try again later" (no connection, server down) rather than "never". */
  isRetryable: (error: unknown) => boolean
  onStatus: (status: SaveStatus, pending: number) => void
  /** An edit the server refused for good (it is dropped), with the server's reason. */
  onRejected?: (edit: QueuedEdit, error: unknown) => void
  /** Typing pauses this long before a text edit is sent. */
  debounceMs?: number
}

const maxBackoffMs = 30_000

export class SaveQueue {
  readonly #options: SaveQueueOptions
  readonly #key: string
  #timer: ReturnType<typeof setTimeout> | undefined
  #due = 0
  #flushing = false
  #failures = 0
  #paused = false

  constructor(options: SaveQueueOptions) {
    this.#options = options
    this.#key = `coffeechat:unsaved:${options.conversationId}`
  }

  /** The edits not yet confirmed by the server, oldest first. */
  pending(): QueuedEdit[] {
    try {
      const raw = this.#options.storage.getItem(this.#key)
      const list: unknown = raw ? JSON.parse(raw) : []
      return Array.isArray(list) ? (list as QueuedEdit[]) : []
    } catch {
      return []
    }
  }

  /** Keeps an edit on this device at once, and sends it after a pause in typing. */
  put(edit: QueuedEdit): void {
    const key = editKey(edit)
    const rest = this.pending().filter((e) => editKey(e) !== key)
    this.#write([...rest, edit])
    const text = edit.kind === 'item' ? edit.field === 'answer' : edit.kind === 'meeting'
    this.#schedule(text ? (this.#options.debounceMs ?? 600) : 0)
  }

  /** Sends every queued edit, in the order they were made; stops at the first that cannot arrive. */
  async flush(): Promise<void> {
    if (this.#flushing || this.#paused) return
    this.#flushing = true
    clearTimeout(this.#timer)
    this.#timer = undefined
    try {
      for (;;) {
        const queue = this.pending().sort((a, b) => a.at.localeCompare(b.at))
        const edit = queue[0]
        if (!edit) {
          this.#failures = 0
          this.#options.onStatus('saved', 0)
          return
        }
        this.#options.onStatus('saving', queue.length)
        try {
          await this.#options.send(edit)
          this.#failures = 0
          this.#forget(edit)
        } catch (error) {
          if (this.#options.isRetryable(error)) {
            this.#failures++
            this.#options.onStatus('offline', queue.length)
            this.#schedule(Math.min(maxBackoffMs, 1000 * 2 ** (this.#failures - 1)))
            return
          }
          this.#forget(edit)
          this.#options.onRejected?.(edit, error)
        }
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

  /** Stops sending (the page went away); edits stay in storage for the next visit. */
  pause(): void {
    this.#paused = true
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  /** Sends again after a pause, starting with whatever is queued. */
  resume(): void {
    this.#paused = false
    void this.flush()
  }

  /** Flushes after `delay`, unless a flush is already due sooner (a tap is not held up by typing). */
  #schedule(delay: number): void {
    const due = Date.now() + delay
    if (this.#timer !== undefined && this.#due <= due) return
    clearTimeout(this.#timer)
    this.#due = due
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.flush()
    }, delay)
  }

  /** Drops a sent edit, unless a newer edit of the same field was queued meanwhile. */
  #forget(sent: QueuedEdit): void {
    const key = editKey(sent)
    this.#write(this.pending().filter((e) => !(editKey(e) === key && e.at === sent.at)))
  }

  #write(queue: QueuedEdit[]): void {
    if (queue.length === 0) this.#options.storage.removeItem(this.#key)
    else this.#options.storage.setItem(this.#key, JSON.stringify(queue))
  }
}
