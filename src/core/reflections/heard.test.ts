import { expect, it } from 'vitest'
import { plannedConversation } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import { captureReferral } from '../meetings/referrals.ts'
import { endMeeting, startMeeting, updateMeeting } from '../meetings/service.ts'
import { updatePlanItem } from '../plans/service.ts'
import { heardInMeeting } from './heard.ts'
import { saveReflection } from './service.ts'

describeEngines('what the meeting captured, beside the reflection', (h) => {
  it('offers the answers, the pay said and the people referred, until they are in the reflection', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const { conversation, plan } = await plannedConversation(ctx, [
      { text: 'How did you start?', topic: 'path' },
      { text: 'What does the pay look like?', topic: 'compensation' },
      { text: 'What does a bad week look like?', topic: 'hours' },
    ])
    await startMeeting(ctx, conversation.id)
    const [path, pay] = plan.items
    await updatePlanItem(ctx, path?.id ?? '', { answer: 'A postdoc, then a bootcamp.' })
    await updatePlanItem(ctx, pay?.id ?? '', {
      answer: 'Juniors start at €55–62k; seniors around €85k.',
    })
    await updateMeeting(ctx, conversation.id, {
      freeNotes: 'Said again: juniors €55–62k. Contractors bill €90/hour.',
      updatedAt: '2026-03-02T10:20:00Z',
    })
    await captureReferral(ctx, conversation.id, { name: 'Raj Patel', organization: 'Brightline' })
    await endMeeting(at(ctx, '2026-03-02T10:30:00Z'), conversation.id)

    const heard = await heardInMeeting(ctx, conversation.id)
    expect(heard.answers).toEqual([
      { question: 'How did you start?', answer: 'A postdoc, then a bootcamp.' },
      {
        question: 'What does the pay look like?',
        answer: 'Juniors start at €55–62k; seniors around €85k.',
      },
    ])
    expect(heard.notes).toMatch(/Contractors/)
    expect(heard.pay.map((p) => [p.text, p.low, p.high, p.period, p.question])).toEqual([
      ['€55–62k', 55_000, 62_000, 'year', 'What does the pay look like?'],
      ['€85k', 85_000, 85_000, 'year', 'What does the pay look like?'],
      ['€90/hour', 90, 90, 'hour', null],
    ])
    expect(heard.referrals).toEqual([
      { personId: expect.any(String), name: 'Raj Patel', organization: 'Brightline' },
    ])

    await saveReflection(ctx, conversation.id, {
      pay: [{ low: 55_000, high: 62_000, currency: 'EUR', period: 'year', level: 'junior' }],
      nextPeople: [{ name: 'Raj Patel', note: 'the consulting side' }],
    })
    const after = await heardInMeeting(ctx, conversation.id)
    expect(after.pay.map((p) => p.text)).toEqual(['€85k', '€90/hour'])
    expect(after.referrals).toEqual([])
  })
})
