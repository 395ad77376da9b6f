import { describe, expect, it, vi } from 'vitest'
import { type QueuedEdit, SaveQueue, type SaveStatus } from './save-queue.ts'

function memoryStorage() {
  const map = new Map<string, string>()
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  }
}

class Offline extends Error {}

function setup(sendImpl: (edit: QueuedEdit) => Promise<void>, storage = memoryStorage()) {
  const statuses: SaveStatus[] = []
  const rejected: QueuedEdit[] = []
  const queue = new SaveQueue({
    conversationId: 'c1',
    storage,
    send: sendImpl,
    isRetryable: (e) => e instanceof Offline,
    onStatus: (s) => statuses.push(s),
    onRejected: (edit) => rejected.push(edit),
    debounceMs: 10,
  })
  return { queue, storage, statuses, rejected }
}

const answer = (value: string, at: string): QueuedEdit => ({
  kind: 'item',
  itemId: 'i1',
  field: 'answer',
  value,
  at,
})

describe('save queue', () => {
  it('keeps only the newest edit of a field and sends it once typing pauses', async () => {
    vi.useFakeTimers()
    const sent: QueuedEdit[] = []
    const { queue, storage, statuses } = setup(async (e) => void sent.push(e))
    queue.put(answer('Mo', '2026-03-02T09:00:01Z'))
    queue.put(answer('Mostly', '2026-03-02T09:00:02Z'))
    expect(JSON.parse(storage.map.get('coffeechat:unsaved:c1') ?? '[]')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(20)
    expect(sent.map((e) => (e.kind === 'item' ? e.value : ''))).toEqual(['Mostly'])
    expect(storage.map.size).toBe(0)
    expect(statuses.at(-1)).toBe('saved')
    vi.useRealTimers()
  })

  it('keeps edits on the device while offline, survives a new page, and sends them when back', async () => {
    vi.useFakeTimers()
    let online = false
    const sent: string[] = []
    const send = async (e: QueuedEdit) => {
      if (!online) throw new Offline()
      sent.push(e.kind === 'item' ? e.value : e.kind)
    }
    const first = setup(send)
    first.queue.put({ kind: 'start', at: '2026-03-02T09:00:00Z' })
    first.queue.put(answer('Typed offline', '2026-03-02T09:05:00Z'))
    await vi.advanceTimersByTimeAsync(20)
    expect(first.statuses.at(-1)).toBe('offline')
    first.queue.pause()
    // A reload: a new queue over the same storage finds both edits.
    const second = setup(send, first.storage)
    expect(second.queue.pending().map((e) => e.kind)).toEqual(['start', 'item'])
    online = true
    second.queue.retryNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toEqual(['start', 'Typed offline'])
    expect(second.queue.pending()).toEqual([])
    vi.useRealTimers()
  })

  it('retries with growing pauses, and drops an edit the server refuses for good', async () => {
    vi.useFakeTimers()
    let calls = 0
    const { queue, rejected, statuses } = setup(async (e) => {
      calls++
      if (e.kind === 'end') throw new Error('400: start it first')
      if (calls < 4) throw new Offline()
    })
    queue.put({ kind: 'end', at: '2026-03-02T09:00:00Z' })
    queue.put(answer('kept', '2026-03-02T09:01:00Z'))
    await vi.advanceTimersByTimeAsync(0)
    expect(rejected.map((e) => e.kind)).toEqual(['end'])
    expect(calls).toBe(2)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toBe(3)
    await vi.advanceTimersByTimeAsync(1999)
    expect(calls).toBe(3)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toBe(4)
    expect(statuses.at(-1)).toBe('saved')
    vi.useRealTimers()
  })

  it('does not drop a newer edit when an older one is confirmed', async () => {
    let release: () => void = () => undefined
    const { queue } = setup(
      (e) =>
        new Promise<void>((resolve) => {
          if (e.kind === 'item' && e.value === 'old') release = resolve
          else resolve()
        }),
    )
    queue.put(answer('old', '2026-03-02T09:00:01Z'))
    const flushing = queue.flush()
    queue.put(answer('new', '2026-03-02T09:00:02Z'))
    release()
    await flushing
    expect(queue.pending()).toEqual([])
  })
})
