import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'
import { createDraft } from '../../core/outreach/service.ts'
import { createPerson } from '../../core/people/service.ts'
import { openRuntime } from '../../runtime.ts'

describe('coffeechat drafts show: the reason for asking for referrals anyway', () => {
  it('prints the reason kept with the message, and nothing when there is none', async () => {
    const data = tempDataDir()
    const env = { COFFEECHAT_DATA: data, COFFEECHAT_NOW: '2026-03-20T09:00:00Z' }
    // Given in the web app (the CLI has no command for it): written here through the core.
    const runtime = await openRuntime({ dataDir: data, env })
    const ids = await (async () => {
      const ben = await createPerson(runtime.ctx, { name: 'Ben Adler' })
      const asked = await createDraft(runtime.ctx, {
        kind: 'check-in',
        personId: ben.id,
        body: 'Is there anyone else you think I should talk to?',
        overrideReason: 'He offered two names.',
      })
      const plain = await createDraft(runtime.ctx, { kind: 'check-in', personId: ben.id })
      return { asked: asked.id, plain: plain.id }
    })().finally(() => runtime.close())
    const shown = await cli(['drafts', 'show', ids.asked], env)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toMatch(/\nAsking anyway\s+He offered two names\.\n/)
    const json = await cli(['drafts', 'show', ids.asked, '--json'], env)
    expect(json.json<{ overrideReason: string }>().overrideReason).toBe('He offered two names.')
    expect((await cli(['drafts', 'show', ids.plain], env)).stdout).not.toMatch(/Asking anyway/)
  })
})
