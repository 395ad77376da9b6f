/**
 * The messages this browser tab marked sent: on their page, "Undo" is
 * offered at once, for as long as the tab lives (sessionStorage). Any other
 * sent message can still be taken back, after a question.
 */

const key = 'coffeechat:sent-here'

function read(): string[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]')
    return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

function write(ids: string[]): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(ids.slice(-50)))
  } catch {
    // Without storage the undo still exists, behind its question.
  }
}

/** Remembers that this tab marked the message sent. */
export function rememberSentHere(id: string): void {
  write([...read().filter((known) => known !== id), id])
}

/** Whether this tab marked the message sent. */
export function sentHere(id: string): boolean {
  return read().includes(id)
}

/** Forgets it again (taken back to draft). */
export function forgetSentHere(id: string): void {
  write(read().filter((known) => known !== id))
}
