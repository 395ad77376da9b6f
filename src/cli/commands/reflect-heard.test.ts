import { describe, expect, it } from 'vitest'
import { cli, writtenThroughCore } from '../../../test/cli-harness.ts'
import { plannedConversation } from '../../../test/conversation-world.ts'
import { captureReferral } from '../../core/meetings/referrals.ts'
import { startMeeting } from '../../core/meetings/service.ts'
import { updatePlanItem } from '../../core/plans/service.ts'

describe('coffeechat reflect: what the meeting captured', () => {
  it('shows the answers with --heard, and offers the pay said and the people referred', async () => {
    const { env, written: id } = await writtenThroughCore('2026-03-02T10:00:00Z', async (ctx) => {
      const { conversation, plan } = await plannedConversation(ctx, [
        { text: 'What does the pay look like?', topic: 'compensation' },
      ])
      await startMeeting(ctx, conversation.id)
      await updatePlanItem(ctx, plan.items[0]?.id ?? '', { answer: 'Juniors: €55–62k.' })
      await captureReferral(ctx, conversation.id, { name: 'Raj Patel' })
      return conversation.id
    })
    const heard = await cli(['reflect', id, '--heard'], env)
    expect(heard.code, heard.stderr).toBe(0)
    expect(heard.stdout).toMatch(/\? What does the pay look like\?\n {2}Juniors: €55–62k\./)
    expect(heard.stdout).toMatch(/Pay said: "€55–62k" — add it: --pay "55000-62000 EUR\/year"/)
    expect(heard.stdout).toMatch(/Referred: Raj Patel — add them: --next-person "Raj Patel: why"/)
    await cli(
      ['reflect', id, '--pay', '55000-62000 EUR/year', '--next-person', 'Raj Patel: consulting'],
      env,
    )
    const after = await cli(['reflect', id], env)
    expect(after.stdout).not.toMatch(/From the meeting/)
    expect((await cli(['reflect', id, '--heard', '--json'], env)).json()).toMatchObject({
      pay: [],
      referrals: [],
    })
  })
})
