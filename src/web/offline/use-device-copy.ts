import { useEffect, useState, useSyncExternalStore } from 'react'
import { onWorkerMessage, tellWorker } from './worker-client.ts'

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/** Whether the browser says it has a connection (it may be wrong the other way: connected, yet nothing gets through). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  )
}

/**
 * "Keep this meeting on this device": opening the prepare or meeting page
 * of a scheduled conversation asks the worker to keep what meeting mode
 * needs. Returns when the worker kept it (null until it says so, and
 * always without a worker).
 *
 * @example const keptAt = useKeepOnDevice(conversation.data)
 */
export function useKeepOnDevice(
  conversation: { id: string; status: string } | undefined,
): string | null {
  const [keptAt, setKeptAt] = useState<string | null>(null)
  const id = conversation?.id
  const scheduled = conversation?.status === 'scheduled'
  useEffect(() => {
    if (!id || !scheduled) return
    const stop = onWorkerMessage((message) => {
      if (message.type === 'kept' && message.conversationId === id) setKeptAt(message.keptAt)
    })
    tellWorker({ type: 'keep', conversationId: id })
    return stop
  }, [id, scheduled])
  return keptAt
}

/** The device's copy of a conversation, shown because the server did not answer. */
export interface DeviceCopyShown {
  /** When the copy came from the server. */
  fetchedAt: string | null
}

/** How often a page showing a device copy asks the worker to try the server again. */
const retryMs = 5000

/**
 * Whether this page shows the device's copy of a conversation because the
 * server did not answer, and when that copy was fetched. It goes back to
 * null once the server answers for the conversation again: while a copy is
 * shown the worker is asked to try the server when the browser comes back
 * online and every few seconds (the browser may say online while nothing
 * gets through). Call it before the page's queries: the worker tells as it
 * answers them.
 *
 * @example const copy = useDeviceCopy(conversationId) // { fetchedAt: '2026-03-05T13:58:00.000Z' } | null
 */
export function useDeviceCopy(conversationId: string): DeviceCopyShown | null {
  const [copy, setCopy] = useState<DeviceCopyShown | null>(null)
  useEffect(() => {
    const stop = onWorkerMessage((message) => {
      if (message.conversationId !== conversationId) return
      if (message.type === 'device-copy') setCopy({ fetchedAt: message.fetchedAt })
      if (message.type === 'fresh') setCopy(null)
    })
    return stop
  }, [conversationId])
  const showing = copy !== null
  useEffect(() => {
    if (!showing) return
    const retry = () => {
      if (navigator.onLine) tellWorker({ type: 'refresh', conversationId })
    }
    const timer = setInterval(retry, retryMs)
    window.addEventListener('online', retry)
    return () => {
      clearInterval(timer)
      window.removeEventListener('online', retry)
    }
  }, [conversationId, showing])
  return copy
}
