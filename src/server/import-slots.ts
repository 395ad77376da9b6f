import { accountBusy, type ImportsBusyError, serverBusy } from '../core/imports/busy.ts'
import type { ImportLimits } from '../core/settings/import-limits.ts'

/** A place among the imports a server runs; `release` gives it back (once, however often called). */
export interface ImportSlot {
  release(): void
}

/**
 * Counts the imports this server runs, all accounts together and per
 * account, so a flood of uploads waits its turn instead of taking the
 * server's memory and cores. `enter` is synchronous: simultaneous requests
 * cannot both see the last free place. (Across app servers the per-account
 * limit is also held by the database; see `tryTransactionLock`.)
 *
 * @example
 * const slots = importSlots(limits)
 * const slot = slots.enter(ownerId)
 * if (!('release' in slot)) return busy(slot)
 */
export function importSlots(limits: Pick<ImportLimits, 'perAccount' | 'perServer'>): {
  enter(ownerId: string): ImportSlot | ImportsBusyError
  running(): number
} {
  let running = 0
  const perAccount = new Map<string, number>()
  return {
    enter(ownerId) {
      const mine = perAccount.get(ownerId) ?? 0
      if (mine >= limits.perAccount) return accountBusy(limits.perAccount)
      if (running >= limits.perServer) return serverBusy()
      running++
      perAccount.set(ownerId, mine + 1)
      let released = false
      return {
        release() {
          if (released) return
          released = true
          running--
          const left = (perAccount.get(ownerId) ?? 1) - 1
          if (left > 0) perAccount.set(ownerId, left)
          else perAccount.delete(ownerId)
        },
      }
    },
    running: () => running,
  }
}
