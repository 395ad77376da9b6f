import { useEffect, useMemo, useRef, useState } from 'react'
import { ApiError } from '../../api/request.ts'
import { tellWorker } from '../../offline/worker-client.ts'
import { type QueuedEdit, SaveQueue, type SaveStatus } from './save-queue.ts'

/** No answer yet (no connection, server down or restarting): worth trying again. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500
}

/**
 * The save queue of one conversation, for a page: `put` keeps an edit on
 * this device and sends it; `status` says saved, saving or offline. Edits
 * still in the queue from an earlier visit (a closed tab, a lost
 * connection) are in `initialPending`, and are sent at once.
 */
export function useSaveQueue(
  conversationId: string,
  send: (edit: QueuedEdit) => Promise<void>,
  onRejected?: (edit: QueuedEdit, error: unknown) => void,
) {
  const [status, setStatus] = useState<SaveStatus>('saved')
  const [pendingCount, setPendingCount] = useState(0)
  // The latest callbacks, read by the queue at the moment it needs them.
  const sendRef = useRef(send)
  const rejectedRef = useRef(onRejected)
  const lastStatus = useRef<SaveStatus>('saved')
  sendRef.current = send
  rejectedRef.current = onRejected
  const queue = useMemo(
    () =>
      new SaveQueue({
        conversationId,
        storage: window.localStorage,
        send: (edit) => sendRef.current(edit),
        isRetryable,
        onRejected: (edit, error) => rejectedRef.current?.(edit, error),
        onStatus: (next, pending) => {
          // The server has the edits: the device's copy of this meeting (if kept) catches up.
          if (next === 'saved' && lastStatus.current === 'saving')
            tellWorker({ type: 'refresh', conversationId })
          lastStatus.current = next
          setStatus(next)
          setPendingCount(pending)
        },
      }),
    [conversationId],
  )
  const [initialPending] = useState(() => queue.pending())
  useEffect(() => {
    // Resumable, because React may run an effect, clean it up and run it again.
    queue.resume()
    const online = () => queue.retryNow()
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      queue.pause()
    }
  }, [queue])
  return { status, pendingCount, put: (edit: QueuedEdit) => queue.put(edit), initialPending }
}
