import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { laptopThenPhone, metConversation } from '../../../test/two-devices.ts'
import { getReflection, saveReflection } from './service.ts'

// One autosave protocol (issue 13): a reflection keeps, per field, the
// client time of the edit it holds, as meeting notes and plans do.
describeEngines('a reflection edited from two devices', (h) => {
  it('keeps both devices’ fields, and a late replay of an older edit changes nothing', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const chat = await metConversation(ctx)
    // The laptop writes the takeaways at 09:20 and the surprises at 09:21.
    const laptop = [
      { takeaways: 'Hours are long before releases.', updatedAt: '2026-03-02T09:20:00.000Z' },
      {
        surprises: 'They review models with clinicians weekly.',
        updatedAt: '2026-03-02T09:21:00.000Z',
      },
    ] as const
    // The phone, offline since 09:10, sends what it typed then: the takeaways
    // (older than the laptop's) and the fit rating (nobody else set it).
    const phone = { takeaways: 'Long hours?', fitRating: 4, updatedAt: '2026-03-02T09:10:00.000Z' }
    const replay = await laptopThenPhone(
      (edit: object) => saveReflection(ctx, chat.id, edit),
      laptop,
      phone,
    )
    expect(replay).toMatchObject({
      takeaways: 'Hours are long before releases.',
      surprises: 'They review models with clinicians weekly.',
      fitRating: 4,
    })
    // The same replay again is harmless.
    await saveReflection(ctx, chat.id, {
      takeaways: 'Long hours?',
      fitRating: 4,
      updatedAt: '2026-03-02T09:10:00.000Z',
    })
    // A newer edit from the phone wins over the laptop's.
    await saveReflection(ctx, chat.id, {
      takeaways: 'Hours are long before releases; calm otherwise.',
      updatedAt: '2026-03-02T09:30:00.000Z',
    })
    // An edit with no client time (the CLI, a plain API call) is now, and wins.
    await saveReflection(ctx, chat.id, { surprises: 'Weekly clinician reviews.' })
    expect(await getReflection(ctx, chat.id)).toMatchObject({
      takeaways: 'Hours are long before releases; calm otherwise.',
      surprises: 'Weekly clinician reviews.',
      fitRating: 4,
    })
    // …and a stamped edit older than that no longer overwrites it.
    await saveReflection(ctx, chat.id, {
      surprises: 'Clinicians?',
      updatedAt: '2026-03-02T09:40:00.000Z',
    })
    expect((await getReflection(ctx, chat.id)).surprises).toBe('Weekly clinician reviews.')
  })

  it('applies lists, pay and completion by the same rule', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const chat = await metConversation(ctx)
    await saveReflection(ctx, chat.id, {
      pros: ['real data'],
      pay: [{ low: 60000, high: 70000, currency: 'EUR' }],
      completed: true,
      updatedAt: '2026-03-02T09:30:00.000Z',
    })
    const late = await saveReflection(ctx, chat.id, {
      pros: ['free snacks'],
      pay: [],
      completed: false,
      cons: ['on call'],
      updatedAt: '2026-03-02T09:05:00.000Z',
    })
    expect(late.pros).toEqual(['real data'])
    expect(late.cons).toEqual(['on call'])
    expect(late.pay).toHaveLength(1)
    expect(late.completedAt).not.toBeNull()
  })
})
