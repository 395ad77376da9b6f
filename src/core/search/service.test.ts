import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { countQueries } from '../../../test/query-count.ts'
import { createConversation, deleteConversation } from '../conversations/service.ts'
import { newId } from '../ids.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson, deletePerson, updatePerson } from '../people/service.ts'
import { saveReflection } from '../reflections/service.ts'
import { indexDocument, indexDocuments, search, writeSearchDocuments } from './service.ts'

describeEngines('search', (h) => {
  it('finds a rare word past the newest documents, and asks no further when there are none', async () => {
    const ctx = await h.newCtx()
    await createPerson(ctx, { name: 'Ada Lovelace', notes: 'keeps a quokka' })
    const filler = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) => ({
        kind: 'conversation',
        recordId: `filler-${from + i}`,
        title: `Conversation ${from + i}`,
        parts: ['pricing models and data'],
      }))
    await writeSearchDocuments(ctx, filler(100, 0))
    const small = await countQueries(ctx, (c) => search(c, { q: 'quokka' }))
    expect(small.result.map((r) => r.title)).toEqual(['Ada Lovelace'])
    // Past the window (PostgreSQL's 3,000 newest, SQLite's 20,000), the older
    // documents are still asked.
    await writeSearchDocuments(ctx, filler(3100, 100))
    const large = await countQueries(ctx, (c) => search(c, { q: 'quokka' }))
    expect(large.result.map((r) => r.title)).toEqual(['Ada Lovelace'])
    if (h.engine === 'postgres') {
      // The lexemes, the two windows and one bounded count; past the window, the two looks further.
      expect(small.count.queries).toBe(4)
      expect(large.count.queries).toBe(6)
    }
  })

  it('finds names and notes whatever the case and accents, typed composed or not', async () => {
    const ctx = await h.newCtx()
    // Stored decomposed: e + combining acute accent.
    const rene = await createPerson(ctx, {
      name: 'Rene\u0301e Dubois',
      notes: 'Talked about the **Zürich** office',
    })
    expect((await search(ctx, { q: 'Renée' })).map((r) => r.id)).toEqual([rene.id])
    expect((await search(ctx, { q: 'Renée' }))[0]?.target).toEqual({
      page: 'person',
      id: rene.id,
      section: null,
    })
    expect((await search(ctx, { q: 'RENEE' })).map((r) => r.id)).toEqual([rene.id])
    expect((await search(ctx, { q: 'zurich' })).map((r) => r.id)).toEqual([rene.id])
    expect((await search(ctx, { q: 'Zür' })).map((r) => r.id)).toEqual([rene.id])
  })

  it('treats each word as a prefix and requires all of them', async () => {
    const ctx = await h.newCtx()
    await createPerson(ctx, { name: 'Ada Lovelace', title: 'Data scientist' })
    await createPerson(ctx, { name: 'Grace Hopper', title: 'Data engineer' })
    const names = async (q: string) => (await search(ctx, { q })).map((r) => r.title).sort()
    expect(await names('dat sci')).toEqual(['Ada Lovelace'])
    expect(await names('data')).toEqual(['Ada Lovelace', 'Grace Hopper'])
    expect(await names('data chef')).toEqual([])
  })

  it('highlights where the words were found, in the text as written', async () => {
    const ctx = await h.newCtx()
    await createPerson(ctx, {
      name: 'Ada',
      notes: `${'Filler words before the point. '.repeat(8)}She said the Crème de la crème of teams sits in Zürich.`,
    })
    const [result] = await search(ctx, { q: 'creme' })
    const marked = result?.snippet.filter((p) => p.match).map((p) => p.text)
    expect(marked).toEqual(['Crème', 'crème'])
    expect(result?.snippet[0]?.text.startsWith('…')).toBe(true)
  })

  it('ignores query syntax and reaches organizations and conversations too', async () => {
    const ctx = await h.newCtx()
    const org = await createOrganization(ctx, {
      name: 'Northwind Health',
      notes: 'Hospital readmission models',
    })
    const ada = await createPerson(ctx, { name: 'Ada' })
    const chat = await createConversation(ctx, {
      personId: ada.id,
      notes: 'She mentioned readmission work',
    })
    const hits = await search(ctx, { q: 'readmission"* OR -( NEAR' })
    expect(hits).toEqual([])
    const plain = await search(ctx, { q: 'readmission' })
    expect(plain.map((r) => r.id).sort()).toEqual([org.id, chat.id].sort())
    expect(
      (await search(ctx, { q: 'readmission', kinds: ['organization'] })).map((r) => r.id),
    ).toEqual([org.id])
  })

  it('follows edits and deletions, and never crosses explorers', async () => {
    const ctx = await h.newCtx()
    const other = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada', notes: 'likes topology' })
    expect(await search(other, { q: 'topology' })).toEqual([])
    await updatePerson(ctx, ada.id, { notes: 'likes algebra' })
    expect(await search(ctx, { q: 'topology' })).toEqual([])
    expect((await search(ctx, { q: 'algebra' })).length).toBe(1)
    await deletePerson(ctx, ada.id)
    expect(await search(ctx, { q: 'algebra' })).toEqual([])
  })

  it('shows answers, meeting notes and reflections under the person, opening their conversation', async () => {
    const ctx = await h.newCtx()
    const amara = await createPerson(ctx, { name: 'Amara Okafor' })
    const chat = await createConversation(ctx, { personId: amara.id, status: 'met' })
    const itemId = newId(ctx.now())
    const now = ctx.now().toISOString()
    await ctx.db
      .insertInto('plan_items')
      .values({
        id: itemId,
        owner_id: ctx.ownerId,
        conversation_id: chat.id,
        question_id: null,
        text: 'What does a typical week look like?',
        topic: 'day-to-day',
        position: 0,
        state: 'asked',
        answer: 'Mostly wrangling hospital data',
        asked_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute()
    // Indexed the way the plan and the meeting index theirs.
    await indexDocument(ctx, {
      kind: 'answer',
      recordId: itemId,
      title: 'Amara Okafor: What does a typical week look like?',
      parts: ['Mostly wrangling hospital data'],
    })
    await indexDocument(ctx, {
      kind: 'meeting',
      recordId: chat.id,
      title: 'Meeting with Amara Okafor',
      parts: ['Hospital visit planned'],
    })
    await saveReflection(ctx, chat.id, { takeaways: 'Hospital data is messy' })
    const hits = await search(ctx, { q: 'hospital' })
    expect(
      hits.map((r) => [r.kind, r.title, r.target.page, r.target.id, r.target.section]).sort(),
    ).toEqual([
      ['answer', 'Amara Okafor — answer on day-to-day', 'conversation', chat.id, 'plan'],
      ['meeting', 'Amara Okafor — meeting notes', 'conversation', chat.id, 'meeting'],
      ['reflection', 'Amara Okafor — reflection', 'conversation', chat.id, 'reflection'],
    ])
    // A match in the question shows the question, highlighted.
    const [byQuestion] = await search(ctx, { q: 'typical week' })
    expect(byQuestion?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual([
      'typical',
      'week',
    ])
    // Gone with the conversation, even where no one unindexed them.
    await ctx.db.deleteFrom('conversations').where('id', '=', chat.id).execute()
    expect(await search(ctx, { q: 'hospital' })).toEqual([])
  })

  it('removes the answers, meeting notes and reflection of a deleted conversation from the index', async () => {
    const ctx = await h.newCtx()
    const amara = await createPerson(ctx, { name: 'Amara Okafor' })
    const chat = await createConversation(ctx, {
      personId: amara.id,
      status: 'met',
      notes: 'hospital',
    })
    await indexDocument(ctx, {
      kind: 'meeting',
      recordId: chat.id,
      title: 'Meeting',
      parts: ['hospital visit'],
    })
    await saveReflection(ctx, chat.id, { takeaways: 'Hospital data is messy' })
    const rows = () =>
      ctx.db
        .selectFrom('search_documents')
        .select('kind')
        .where('owner_id', '=', ctx.ownerId)
        .execute()
    expect((await rows()).map((r) => r.kind).sort()).toEqual([
      'conversation',
      'meeting',
      'person',
      'reflection',
    ])
    await deleteConversation(ctx, chat.id)
    expect((await rows()).map((r) => r.kind)).toEqual(['person'])
  })

  it('ranks a named record first, however many newer notes mention it', async () => {
    const ctx = await h.newCtx()
    const amara = await createPerson(ctx, { name: 'Amara Okafor', title: 'Data scientist' })
    // More notes than the search ranks at once, all newer than the person.
    await indexDocuments(
      ctx,
      Array.from({ length: 450 }, (_, i) => ({
        kind: 'conversation',
        recordId: `note-${i}`,
        title: `Conversation ${i}`,
        parts: [`Amara said something about topic ${i}; a long note about many other things too.`],
      })),
    )
    const hits = await search(ctx, { q: 'amara', limit: 5 })
    expect(hits[0]?.id).toBe(amara.id)
    expect(hits).toHaveLength(5)
    // Within the notes, the newest come first when they match equally well.
    expect(hits.slice(1).map((h) => h.id)).toEqual(['note-449', 'note-448', 'note-447', 'note-446'])
    // Several common words together, and several rare ones.
    expect((await search(ctx, { q: 'amara topic', limit: 2 })).map((h) => h.id)).toEqual([
      'note-449',
      'note-448',
    ])
    expect((await search(ctx, { q: 'topic 12', limit: 50 })).map((h) => h.id).sort()).toEqual(
      ['note-12', ...Array.from({ length: 10 }, (_, i) => `note-12${i}`)].sort(),
    )
    // A word in the title outweighs the same word in a note.
    await indexDocuments(ctx, [
      { kind: 'conversation', recordId: 'in-title', title: 'Pricing models', parts: ['a chat'] },
      { kind: 'conversation', recordId: 'in-note', title: 'A chat', parts: ['pricing models'] },
    ])
    expect((await search(ctx, { q: 'pricing' })).map((h) => h.id)).toEqual(['in-title', 'in-note'])
  })

  it('asks for something to search for', async () => {
    const ctx = await h.newCtx()
    await expect(search(ctx, { q: '   ' })).rejects.toThrow(/q: type something to search for/)
  })
})
