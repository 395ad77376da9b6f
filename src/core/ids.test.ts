import { describe, expect, it } from 'vitest'
import { idSequence, newId } from './ids.ts'

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('idSequence', () => {
  const now = new Date('2026-03-02T09:00:00Z')

  it('makes UUIDv7s of one instant that ascend in the order they are made, none twice', () => {
    const next = idSequence(now)
    const ids = Array.from({ length: 5000 }, next)
    for (const id of ids) expect(id).toMatch(uuidV7)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
    // The time comes first, as newId's does: both sort among ids of other instants.
    expect(ids[0]?.slice(0, 13)).toBe(newId(now).slice(0, 13))
  })

  it('starts two sequences of the same instant at different places', () => {
    expect(idSequence(now)()).not.toBe(idSequence(now)())
  })
})
