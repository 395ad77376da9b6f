import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createConversation } from '../conversations/service.ts'
import { createPerson, updatePerson } from '../people/service.ts'
import { search } from './service.ts'

describeEngines('search by word prefix', (h) => {
  it('finds prefixes of any word, in an address or a hyphenated word too, and of words added later', async () => {
    const ctx = await h.newCtx()
    const zoe = await createPerson(ctx, {
      name: 'Zoë Quant',
      emails: ['zq@lab-north.example'],
      notes: 'Works on data-driven pricing.',
    })
    const ids = async (q: string) => (await search(ctx, { q, limit: 100 })).map((r) => r.id)
    expect(await ids('zq')).toEqual([zoe.id])
    expect(await ids('driv pric')).toEqual([zoe.id])
    expect(await ids('xylo')).toEqual([])
    await updatePerson(ctx, zoe.id, { notes: 'Now on xylography.' })
    expect(await ids('xylo')).toEqual([zoe.id])
    expect(await ids('pric')).toEqual([])
    // A prefix that many words share (more than are spelled out one by one).
    const words = Array.from(
      { length: 40 },
      (_, i) => `pre${String.fromCharCode(97 + (i % 26))}${i}word`,
    )
    const chats = []
    for (const word of words) {
      chats.push((await createConversation(ctx, { personId: zoe.id, notes: `About ${word}.` })).id)
    }
    expect((await ids('pre')).sort()).toEqual([...chats].sort())
    expect(await ids(`pre ${words[7]}`)).toEqual([chats[7]])
  })
})
