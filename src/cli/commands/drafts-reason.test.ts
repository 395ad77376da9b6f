import { describe, expect, it } from 'vitest'
import { cli, writtenThroughCore } from '../../../test/cli-harness.ts'
import { createDraft } from '../../core/outreach/service.ts'
import { createPerson } from '../../core/people/service.ts'

describe('coffeechat drafts show: the reason for asking for referrals anyway', () => {
  it('prints the reason kept with the message, and nothing when there is none', async () => {
    // Given in the web app (the CLI has no command for it): written here through the core.
    const { env, written: ids } = await writtenThroughCore('2026-03-20T09:00:00Z', async (ctx) => {
      const ben = await createPerson(ctx, { name: 'Ben Adler' })
      const asked = await createDraft(ctx, {
        kind: 'check-in',
        personId: ben.id,
        body: 'Is there anyone else you think I should talk to?',
        overrideReason: 'He offered two names.',
      })
      const plain = await createDraft(ctx, { kind: 'check-in', personId: ben.id })
      return { asked: asked.id, plain: plain.id }
    })
    const shown = await cli(['drafts', 'show', ids.asked], env)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toMatch(/\nAsking anyway\s+He offered two names\.\n/)
    const json = await cli(['drafts', 'show', ids.asked, '--json'], env)
    expect(json.json<{ overrideReason: string }>().overrideReason).toBe('He offered two names.')
    expect((await cli(['drafts', 'show', ids.plain], env)).stdout).not.toMatch(/Asking anyway/)
  })
})
