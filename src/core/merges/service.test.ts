import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { ticking } from '../../../test/ticking-clock.ts'
import { exportBackup } from '../backup/export-json.ts'
import { restoreBackup } from '../backup/restore.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import {
  createConversation,
  deleteConversation,
  listConversations,
} from '../conversations/service.ts'
import { dismissDuplicate } from '../duplicates/service.ts'
import { newId } from '../ids.ts'
import { insertFinding } from '../mail/repo.ts'
import { updateMeeting } from '../meetings/service.ts'
import { createOrganization, deleteOrganization } from '../organizations/service.ts'
import { createDraft, listMessages } from '../outreach/service.ts'
import { createPerson, getPerson, listPeople, updatePerson } from '../people/service.ts'
import { getReflection, saveReflection } from '../reflections/service.ts'
import { search } from '../search/service.ts'
import { mergePeople } from './service.ts'
import { listMerges, undoLastMerge, undoMerge } from './undo-service.ts'

/** Two people who are one, each with a full life in coffeechat. */
async function twoAdas(ctx: Ctx) {
  const data = await createCareer(ctx, { name: 'Data scientist' })
  const research = await createCareer(ctx, { name: 'Corporate R&D' })
  const acme = await createOrganization(ctx, { name: 'Acme' })
  const initech = await createOrganization(ctx, { name: 'Initech' })
  const referrer = await createPerson(ctx, { name: 'Grace Hopper' })
  const kept = await createPerson(ctx, {
    name: 'Ada Lovelace',
    organizationId: acme.id,
    title: 'Senior Data Scientist',
    careerIds: [data.id],
    connection: 'alumni',
    emails: ['ada@acme.example'],
    linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
    tags: ['alumni'],
    notes: 'Knows everyone in clinical ML.',
  })
  const other = await createPerson(ctx, {
    name: 'Ada King Lovelace',
    firstName: 'Ada',
    organizationId: initech.id,
    title: 'Research Lead',
    careerIds: [data.id, research.id],
    connection: 'event',
    connectionNote: 'Met at PyData',
    source: 'LinkedIn',
    emails: ['ADA@acme.example', 'ada.king@gmail.com'],
    phones: ['+44 20 7946 0000'],
    linkedinUrl: 'https://www.linkedin.com/in/ada-king',
    tags: ['Alumni', 'mentor'],
    notes: 'Prefers mornings.\nLikes tea.',
    referredById: referrer.id,
    birthday: '--12-10',
    websites: ['https://ada.example.org'],
    profiles: [{ service: 'Mastodon', address: '@ada@hachyderm.io' }],
  })
  const referred = await createPerson(ctx, { name: 'Charles Babbage', referredById: other.id })
  const keptChat = await createConversation(ctx, {
    personId: kept.id,
    status: 'met',
    scheduledAt: '2026-02-10T10:00',
    timeZone: 'Europe/London',
  })
  const otherChat = await createConversation(ctx, {
    personId: other.id,
    status: 'met',
    scheduledAt: '2026-02-20T10:00',
    timeZone: 'Europe/London',
    notes: 'Talked about readmission models.',
  })
  await updateMeeting(ctx, otherChat.id, { freeNotes: 'Analytical engines everywhere.' })
  await saveReflection(ctx, otherChat.id, { takeaways: 'Cleaning data is the job.', fitRating: 4 })
  // Ada named "Ada King" as someone to meet next: the merge makes that Ada herself.
  await saveReflection(ctx, keptChat.id, {
    takeaways: 'Go on.',
    nextPeople: [
      { name: 'Someone at Initech', note: '' },
      { name: 'Ada King Lovelace', note: 'her namesake', personId: other.id },
    ],
  })
  const draft = await createDraft(ctx, {
    kind: 'thank-you',
    personId: other.id,
    conversationId: otherChat.id,
  })
  await insertFinding(ctx, {
    id: newId(ctx.now()),
    person_id: other.id,
    kind: 'reply',
    status: 'proposed',
    folder: 'INBOX',
    header_message_id: '<m1@example.org>',
    address: 'ada.king@gmail.com',
    subject: 'Re: hello',
    first_lines: 'Happy to talk',
    mail_at: '2026-02-01T10:00:00.000Z',
    absent_until: null,
    message_id: null,
    created_at: ctx.now().toISOString(),
  })
  return {
    data,
    research,
    acme,
    initech,
    referrer,
    kept,
    other,
    referred,
    keptChat,
    otherChat,
    draft,
  }
}

describeEngines('merging two people', (h) => {
  it('previews without writing anything, field by field', async () => {
    const ctx = ticking(await h.newCtx())
    const { kept, other } = await twoAdas(ctx)
    const before = await exportBackup(ctx)
    const preview = await mergePeople(ctx, kept.id, { otherId: other.id, dryRun: true })
    expect(await exportBackup(ctx)).toBe(before)
    expect(preview.dryRun).toBe(true)
    expect(preview.mergeId).toBeNull()
    expect(preview.person).toBeNull()
    const fields: Record<string, Record<string, string>> = {
      title: {
        kept: 'Senior Data Scientist',
        other: 'Research Lead',
        result: 'Senior Data Scientist',
        outcome: 'to-notes',
      },
      organizationId: { kept: 'Acme', other: 'Initech', outcome: 'to-notes' },
      firstName: { kept: '', other: 'Ada', result: 'Ada', outcome: 'taken' },
      emails: { result: 'ada@acme.example, ada.king@gmail.com', outcome: 'combined' },
      linkedinUrl: { outcome: 'to-profiles', result: 'https://www.linkedin.com/in/ada-lovelace' },
      referredById: { kept: '', other: 'Grace Hopper', result: 'Grace Hopper', outcome: 'taken' },
      careerIds: { result: 'Data scientist, Corporate R&D', outcome: 'combined' },
    }
    for (const [name, expected] of Object.entries(fields)) {
      expect(
        preview.fields.find((f) => f.field === name),
        name,
      ).toMatchObject(expected)
    }
    expect(preview.moves).toEqual({
      conversations: 1,
      messages: 1,
      mailFindings: 1,
      referredPeople: 1,
      reflectionMentions: 1,
    })
    expect(preview.notesAdded).toBe(
      [
        'Merged from Ada King Lovelace:',
        '- Name: Ada King Lovelace',
        '- Organization: Initech',
        '- Title: Research Lead',
        '- Connection: event',
        '- Notes: Prefers mornings.',
        '  Likes tea.',
      ].join('\n'),
    )
  })

  it('keeps every field, conversation, message, reflection, referral link and finding of both; then the other is gone', async () => {
    const ctx = ticking(await h.newCtx())
    const s = await twoAdas(ctx)
    const outcome = await mergePeople(ctx, s.kept.id, { otherId: s.other.id })
    expect(outcome.dryRun).toBe(false)
    expect(outcome.mergeId).toBeTruthy()
    await expect(getPerson(ctx, s.other.id)).rejects.toThrow(/no person/)
    const ada = await getPerson(ctx, s.kept.id)
    expect(outcome.person).toEqual(ada)
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      firstName: 'Ada',
      organizationId: s.acme.id,
      title: 'Senior Data Scientist',
      connection: 'alumni',
      connectionNote: 'Met at PyData',
      source: 'LinkedIn',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
      emails: ['ada@acme.example', 'ada.king@gmail.com'],
      phones: ['+44 20 7946 0000'],
      tags: ['alumni', 'mentor'],
      referredById: s.referrer.id,
      birthday: '--12-10',
      websites: ['https://ada.example.org'],
      profiles: [
        { service: 'LinkedIn', address: 'https://www.linkedin.com/in/ada-king' },
        { service: 'Mastodon', address: '@ada@hachyderm.io' },
      ],
    })
    expect(ada.careerIds.sort()).toEqual([s.data.id, s.research.id].sort())
    expect(ada.notes).toBe(`Knows everyone in clinical ML.\n\n${outcome.notesAdded}`)
    const chats = await listConversations(ctx, { personId: ada.id })
    expect(chats.items.map((c) => c.id).sort()).toEqual([s.keptChat.id, s.otherChat.id].sort())
    const messages = await listMessages(ctx, { personId: ada.id })
    expect(messages.items.map((m) => m.id)).toEqual([s.draft.id])
    const findings = await ctx.db
      .selectFrom('mail_findings')
      .select('person_id')
      .where('owner_id', '=', ctx.ownerId)
      .execute()
    expect(findings).toEqual([{ person_id: ada.id }])
    expect((await getPerson(ctx, s.referred.id)).referredById).toBe(ada.id)
    const reflection = await getReflection(ctx, s.keptChat.id)
    expect(reflection.nextPeople.map((p) => p.personId)).toEqual([null, ada.id])
    expect((await getReflection(ctx, s.otherChat.id)).takeaways).toBe('Cleaning data is the job.')
    // The search index follows: the conversation and its meeting are Ada Lovelace's now.
    const hits = await search(ctx, { q: 'analytical engines' })
    expect(hits.map((hit) => hit.title)).toEqual(['Ada Lovelace — meeting notes'])
    expect((await search(ctx, { q: 'mornings' })).map((hit) => hit.id)).toEqual([ada.id])
    expect((await listPeople(ctx, { q: 'King' })).total).toBe(0)
    expect((await listMerges(ctx)).items).toEqual([
      expect.objectContaining({
        id: outcome.mergeId,
        keptName: 'Ada Lovelace',
        removedName: 'Ada King Lovelace',
        undoable: true,
      }),
    ])
  })

  it('undoes the last merge exactly: the backup after the undo is the backup before the merge', async () => {
    const ctx = ticking(await h.newCtx())
    const s = await twoAdas(ctx)
    await dismissDuplicate(ctx, { personId: s.other.id, otherId: s.referrer.id })
    const before = await exportBackup(ctx)
    const outcome = await mergePeople(ctx, s.kept.id, { otherId: s.other.id })
    expect(await exportBackup(ctx)).not.toBe(before)
    const undone = await undoLastMerge(ctx)
    expect(undone.notes).toEqual([])
    expect(undone.restored.id).toBe(s.other.id)
    expect(await exportBackup(ctx)).toBe(before)
    expect((await search(ctx, { q: 'analytical engines' })).map((hit) => hit.title)).toEqual([
      'Ada King Lovelace — meeting notes',
    ])
    await expect(undoMerge(ctx, outcome.mergeId ?? '')).rejects.toThrow(/no merge with id/)
    await expect(undoLastMerge(ctx)).rejects.toThrow(/there is no merge to undo/)
  })

  it('undoes a merge after its backup was restored: the record travels with the data', async () => {
    const ctx = ticking(await h.newCtx())
    const s = await twoAdas(ctx)
    const before = await exportBackup(ctx)
    await mergePeople(ctx, s.kept.id, { otherId: s.other.id })
    const merged = await exportBackup(ctx)
    expect(JSON.parse(merged).tables.person_merges).toHaveLength(1)
    await restoreBackup(ctx, merged, { replace: true })
    expect(await exportBackup(ctx)).toBe(merged)
    await undoLastMerge(ctx)
    expect(await exportBackup(ctx)).toBe(before)
    expect((await search(ctx, { q: 'mornings' })).map((hit) => hit.id)).toEqual([s.other.id])
  })

  it('takes the later of two merges made in the same millisecond as the last', async () => {
    const ctx = await h.newCtx()
    const people = []
    for (const name of ['P', 'Q', 'R', 'S']) people.push(await createPerson(ctx, { name }))
    const [p, q, r, t] = people.map((x) => x.id)
    await mergePeople(ctx, p ?? '', { otherId: q })
    await mergePeople(ctx, r ?? '', { otherId: t })
    expect((await listMerges(ctx)).items.map((m) => [m.removedName, m.undoable])).toEqual([
      ['S', true],
      ['Q', false],
    ])
    expect((await undoLastMerge(ctx)).restored.name).toBe('S')
    expect((await undoLastMerge(ctx)).restored.name).toBe('Q')
  })

  it('undoes a merge of a merged person, and then the one before', async () => {
    const ctx = ticking(await h.newCtx())
    const s = await twoAdas(ctx)
    const third = await createPerson(ctx, { name: 'A. Lovelace', emails: ['a@l.example'] })
    const start = await exportBackup(ctx)
    await mergePeople(ctx, s.kept.id, { otherId: s.other.id })
    const middle = await exportBackup(ctx)
    await mergePeople(ctx, third.id, { otherId: s.kept.id })
    const merges = (await listMerges(ctx)).items
    expect(merges.map((m) => [m.removedName, m.undoable])).toEqual([['Ada Lovelace', true]])
    await expect(undoMerge(ctx, 'nope')).rejects.toThrow(/no merge with id nope/)
    await undoLastMerge(ctx)
    expect(await exportBackup(ctx)).toBe(middle)
    await undoLastMerge(ctx)
    expect(await exportBackup(ctx)).toBe(start)
  })

  it('refuses to undo, changing nothing, once the kept person was edited; and any merge but the last', async () => {
    const ctx = ticking(await h.newCtx())
    const s = await twoAdas(ctx)
    const first = await mergePeople(ctx, s.kept.id, { otherId: s.other.id })
    const x = await createPerson(ctx, { name: 'X' })
    const y = await createPerson(ctx, { name: 'Y' })
    await mergePeople(ctx, x.id, { otherId: y.id })
    await expect(undoMerge(ctx, first.mergeId ?? '')).rejects.toThrow(
      'only the last merge can be undone: that is Y into X',
    )
    await updatePerson(ctx, x.id, { title: 'Edited' })
    const edited = await exportBackup(ctx)
    await expect(undoLastMerge(ctx)).rejects.toThrow(
      /X was changed after the merge, so undoing it would throw that change away; nothing was undone/,
    )
    expect(await exportBackup(ctx)).toBe(edited)
  })

  it('undoes around what changed since: a new conversation stays, a deleted one and organization are said', async () => {
    const ctx = ticking(await h.newCtx())
    const s = await twoAdas(ctx)
    await mergePeople(ctx, s.kept.id, { otherId: s.other.id })
    const added = await createConversation(ctx, { personId: s.kept.id, status: 'identified' })
    await deleteConversation(ctx, s.otherChat.id)
    await deleteOrganization(ctx, s.initech.id).catch(() => undefined)
    const undone = await undoLastMerge(ctx)
    const ids = (await listConversations(ctx, { personId: s.kept.id })).items.map((c) => c.id)
    expect(ids.sort()).toEqual([s.keptChat.id, added.id].sort())
    expect(undone.notes).toContain(
      '1 conversation(s) of Ada King Lovelace were deleted since the merge',
    )
    expect(undone.restored.organizationId).toBeNull()
    expect(undone.notes).toContain(
      "Ada King Lovelace's organization was deleted since the merge: Ada King Lovelace has none",
    )
    expect(undone.restored.emails).toEqual(['ADA@acme.example', 'ada.king@gmail.com'])
  })

  it('refuses a merge with oneself or an unknown person, naming what is wrong', async () => {
    const ctx = await h.newCtx()
    const a = await createPerson(ctx, { name: 'Ada' })
    await expect(mergePeople(ctx, a.id, { otherId: a.id })).rejects.toThrow(
      /otherId: that is the same person/,
    )
    await expect(mergePeople(ctx, a.id, { otherId: 'nobody' })).rejects.toThrow(
      /no person with id nobody/,
    )
    await expect(mergePeople(ctx, 'nobody', { otherId: a.id })).rejects.toThrow(
      /no person with id nobody/,
    )
    await expect(mergePeople(ctx, a.id, {})).rejects.toThrow(/otherId/)
  })
})
