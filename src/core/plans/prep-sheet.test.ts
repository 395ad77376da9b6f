import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { updateMeeting } from '../meetings/service.ts'
import { createPerson, updatePerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { prepHtml } from './prep-html.ts'
import { prepMarkdown } from './prep-markdown.ts'
import { prepSheet } from './prep-sheet.ts'
import { addPlanItems } from './service.ts'

describeEngines('prep sheet', (h) => {
  it('gathers who, when, where, background and the questions', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { person, conversation } = await w.meet('Amara Okafor', ['ds'], 'scheduled', {
      scheduledAt: '2026-03-05T15:00',
      timeZone: 'Europe/Berlin',
      format: 'video',
      place: 'https://meet.example/amara',
    })
    const referrer = await createPerson(ctx, { name: 'Jonas Becker' })
    await updatePerson(ctx, person.id, { referredById: referrer.id })
    await updateMeeting(ctx, conversation.id, { researchNotes: 'Read her **2019 thesis**.' })
    await addPlanItems(ctx, conversation.id, {
      items: [
        { text: 'How did you start?', topic: 'path' },
        { text: 'What <b>surprised</b> you & why?', topic: 'likes' },
      ],
    })
    const sheet = await prepSheet(ctx, conversation.id)
    expect(sheet).toMatchObject({
      who: {
        name: 'Amara Okafor',
        title: 'Senior Data Scientist',
        organization: 'Northwind Health',
        connection: 'Alumni',
        connectionNote: 'PhD in our group',
        referredBy: 'Jonas Becker',
      },
      when: {
        local: 'Thursday, 5 March 2026 at 15:00',
        timeZone: 'Europe/Berlin',
        minutes: 30,
        scheduledAt: '2026-03-05T14:00:00.000Z',
      },
      where: { format: 'Video call', place: 'https://meet.example/amara' },
      background: {
        researchNotes: 'Read her **2019 thesis**.',
        personNotes: 'Amara Okafor moved from a postdoc.',
        organizationNotes: 'Hospital readmission models.',
        organizationWebsite: 'https://northwind.example',
      },
      careers: [{ name: 'Data scientist', hypothesis: '' }],
    })
    expect(sheet.questions.map((q) => [q.number, q.topicLabel])).toEqual([
      [1, 'Path into the role'],
      [2, 'Likes'],
    ])
    expect(sheet.warnings[0]?.code).toBe('below-min')

    const md = prepMarkdown(sheet)
    expect(md).toContain('# Prep sheet: Amara Okafor')
    expect(md).toContain('- **When:** Thursday, 5 March 2026 at 15:00 (Europe/Berlin)')
    expect(md).toContain('2. What <b>surprised</b> you & why? _(Likes)_')
    expect(md).toContain('### Research notes\n\nRead her **2019 thesis**.')

    const html = prepHtml(sheet)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('2. What &lt;b&gt;surprised&lt;/b&gt; you &amp; why?')
    expect(html).not.toContain('<b>surprised</b>')
    expect(html).toContain('<strong>2019 thesis</strong>')
    expect(html).toContain('break-inside: avoid')
    expect(html.match(/class="rule"/g)).toHaveLength(8)
  })

  it("writes the start in the explorer's clock: 12-hour after the setting says so", async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'], 'scheduled', {
      scheduledAt: '2026-03-05T15:00',
      timeZone: 'Europe/Berlin',
    })
    await updateSettings(ctx, { clock: '12h' })
    expect((await prepSheet(ctx, conversation.id)).when.local).toBe(
      'Thursday, 5 March 2026 at 3:00 PM',
    )
    await updateSettings(ctx, { clock: '24h' })
    expect((await prepSheet(ctx, conversation.id)).when.local).toBe(
      'Thursday, 5 March 2026 at 15:00',
    )
    // The day as the explorer's English writes it, not always British.
    await updateSettings(ctx, { clock: null })
    expect((await prepSheet({ ...ctx, locale: 'en-US' }, conversation.id)).when.local).toBe(
      'Thursday, March 5, 2026 at 3:00 PM',
    )
  })

  it('never lets notes run script', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Eve <script>alert(1)</script>', ['ds'])
    await updateMeeting(ctx, conversation.id, {
      researchNotes: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
    })
    const html = prepHtml(await prepSheet(ctx, conversation.id))
    expect(html).not.toMatch(/<script>alert|<img|href="javascript/)
    expect(html).toContain('Prep sheet: Eve &lt;script&gt;')
  })
})
