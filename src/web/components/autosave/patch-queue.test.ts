import { afterEach, describe, expect, it, vi } from 'vitest'
import { type AutosaveStatus, PatchQueue } from './patch-queue.ts'

interface Patch {
  body?: string
  subject?: string
  updatedAt?: string
}

class Offline extends Error {}
class Refused extends Error {}

function setup(send: (patch: Patch) => Promise<Patch>, stored: Patch = {}) {
  const device = { copy: stored }
  const statuses: AutosaveStatus[] = []
  const saved: Array<{ sent: Patch; rest: Patch }> = []
  const rejected: unknown[] = []
  let clock = Date.parse('2026-03-02T09:00:00Z')
  const queue = new PatchQueue<Patch, Patch>({
    storage: {
      read: () => device.copy,
      store: (patch) => {
        device.copy = patch
      },
    },
    send,
    isRetryable: (error) => error instanceof Offline,
    onStatus: (status) => statuses.push(status),
    onSaved: (_saved, sent, rest) => saved.push({ sent, rest }),
    onRejected: (error) => rejected.push(error),
    debounceMs: 10,
    now: () => {
      clock += 1000
      return new Date(clock)
    },
  })
  return { queue, device, statuses, saved, rejected }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the patch autosave of reflections and drafts', () => {
  it('keeps every change on the device at once, stamped, and sends the newest text once typing pauses', async () => {
    vi.useFakeTimers()
    const sent: Patch[] = []
    const { queue, device, statuses } = setup(async (patch) => {
      sent.push(patch)
      return patch
    })
    queue.put({ body: 'Dear' })
    queue.put({ body: 'Dear Amara' })
    expect(device.copy).toEqual({ body: 'Dear Amara', updatedAt: '2026-03-02T09:00:02.000Z' })
    expect(statuses.at(-1)).toBe('saving')
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(20)
    expect(sent).toEqual([{ body: 'Dear Amara', updatedAt: '2026-03-02T09:00:02.000Z' }])
    expect(device.copy).toEqual({})
    expect(statuses.at(-1)).toBe('saved')
  })

  it('sends next what changed while a save was on its way, with its own edit time', async () => {
    vi.useFakeTimers()
    const sent: Patch[] = []
    let arrive: () => void = () => {}
    const { queue, device, saved } = setup((patch) => {
      sent.push(patch)
      return new Promise((resolve) => {
        arrive = () => resolve(patch)
      })
    })
    queue.put({ body: 'Dear Amara' }, { now: true })
    await vi.advanceTimersByTimeAsync(0)
    queue.put({ subject: 'Thank you' })
    arrive()
    await vi.advanceTimersByTimeAsync(0)
    expect(saved[0]?.rest).toEqual({ subject: 'Thank you', updatedAt: '2026-03-02T09:00:02.000Z' })
    expect(device.copy).toEqual({ subject: 'Thank you', updatedAt: '2026-03-02T09:00:02.000Z' })
    await vi.advanceTimersByTimeAsync(20) // the next save leaves
    arrive()
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toEqual([
      { body: 'Dear Amara', updatedAt: '2026-03-02T09:00:01.000Z' },
      { subject: 'Thank you', updatedAt: '2026-03-02T09:00:02.000Z' },
    ])
    expect(device.copy).toEqual({})
  })

  it('keeps the change through a lost connection and retries with backoff until it arrives', async () => {
    vi.useFakeTimers()
    let online = false
    const sent: Patch[] = []
    const { queue, device, statuses } = setup(async (patch) => {
      if (!online) throw new Offline('no connection')
      sent.push(patch)
      return patch
    })
    queue.put({ body: 'Dear Amara' }, { now: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(statuses.at(-1)).toBe('offline')
    expect(device.copy.body).toBe('Dear Amara')
    await vi.advanceTimersByTimeAsync(1000) // the first retry, still offline
    expect(statuses.at(-1)).toBe('offline')
    online = true
    await vi.advanceTimersByTimeAsync(2000) // the second retry
    expect(sent.map((patch) => patch.body)).toEqual(['Dear Amara'])
    expect(statuses.at(-1)).toBe('saved')
    expect(device.copy).toEqual({})
  })

  it('picks up what a closed tab left unsent, and drops a change the server refuses for good', async () => {
    const left = { body: 'Dear Amara', updatedAt: '2026-03-02T08:59:00.000Z' }
    const { queue, device, rejected, statuses } = setup(async () => {
      throw new Refused('this message was sent')
    }, left)
    expect(queue.pending()).toEqual(left)
    await queue.flush()
    expect(rejected).toHaveLength(1)
    expect(device.copy).toEqual({})
    expect(statuses.at(-1)).toBe('saved')
  })

  it('sends nothing for an edit time alone', async () => {
    const sent: Patch[] = []
    const { queue } = setup(
      async (patch) => {
        sent.push(patch)
        return patch
      },
      { updatedAt: '2026-03-02T08:59:00.000Z' },
    )
    await queue.flush()
    expect(sent).toEqual([])
  })
})
