import type { Writable } from 'node:stream'

export interface ProgressBar {
  /**
   * Shows `done` of `total` for a step such as "matching"; redraws at most
   * every 100 ms. `count` replaces the "done/total" after the label (when
   * the total is in bytes, say, and rows are what a person counts).
   */
  update(label: string, done: number, total: number, count?: string): void
  /** Clears the bar's line. */
  done(): void
}

const width = 28

/**
 * A one-line progress bar on a terminal stream, or nothing at all when the
 * stream is not a terminal (pipes, files, tests) — so it never lands in a log.
 * It draws synchronously, since the work it follows may not yield.
 *
 * @example
 * const bar = progressBar(process.stderr)
 * bar.update('matching', 15000, 30000) // [##############--------------]  50% matching 15,000/30,000
 * bar.done()
 */
export function progressBar(stream: Writable & { isTTY?: boolean }): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined }
  let last = 0
  let drawn = false
  return {
    update(label, done, total, count) {
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      const share = total > 0 ? Math.min(1, done / total) : 1
      const filled = Math.round(share * width)
      const percent = `${Math.round(share * 100)}%`.padStart(4)
      const shown = count ?? `${done.toLocaleString('en')}/${total.toLocaleString('en')}`
      stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent} ${label} ${shown}\x1b[K`,
      )
      drawn = true
    },
    done() {
      if (drawn) stream.write('\r\x1b[K')
      drawn = false
    },
  }
}
