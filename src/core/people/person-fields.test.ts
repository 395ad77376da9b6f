import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { exportBackup } from '../backup/export-json.ts'
import { restoreBackup } from '../backup/restore.ts'
import { ValidationError } from '../errors.ts'
import { exportVcard } from '../exports/service.ts'
import { importContacts } from '../imports/service.ts'
import { search } from '../search/service.ts'
import { createPerson, getPerson, listPeople, updatePerson } from './service.ts'

const fields = {
  birthday: '1815-12-10',
  websites: ['https://ada.example.org/notes', 'https://ada.example.org/notes'],
  profiles: [
    { service: 'Mastodon', address: 'https://hachyderm.example/@ada' },
    { service: 'XMPP', address: 'xmpp:ada@jabber.example' },
  ],
}

// Issue 12: a birthday, web sites and other profiles are fields of the person,
// not lines of the notes, and every way out and back in keeps them.
describeEngines('birthday, web sites and profiles of a person', (h) => {
  it('stores, changes and clears them', async () => {
    const ctx = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada Lovelace', ...fields })
    expect(ada).toMatchObject({
      birthday: '1815-12-10',
      websites: ['https://ada.example.org/notes'],
      profiles: fields.profiles,
    })
    const changed = await updatePerson(ctx, ada.id, { birthday: '--12-10', websites: [] })
    expect(changed).toMatchObject({ birthday: '--12-10', websites: [], profiles: fields.profiles })
    const cleared = await updatePerson(ctx, ada.id, { birthday: null, profiles: [] })
    expect(cleared).toMatchObject({ birthday: null, profiles: [] })
  })

  it('refuses a birthday that is no date, naming the field', async () => {
    const ctx = await h.newCtx()
    const error = await createPerson(ctx, { name: 'Ada', birthday: '1815-02-30' }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.issues[0]).toMatchObject({ path: 'birthday' })
    expect(error.issues[0].message).toMatch(/not a birthday such as 1815-12-10/)
  })

  it('finds a person by a profile handle', async () => {
    const ctx = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada Lovelace', ...fields })
    const found = await search(ctx, { q: 'hachyderm' })
    expect(found.map((r) => r.id)).toContain(ada.id)
  })

  it('re-importing our own vCard export gives the same person', async () => {
    const ctx = await h.newCtx()
    await createPerson(ctx, { name: 'Ada Lovelace', emails: ['ada@example.org'], ...fields })
    const before = (await listPeople(ctx, {}, { all: true })).items
    const vcf = new TextEncoder().encode(await exportVcard(ctx))
    const again = await importContacts(ctx, vcf, { filename: 'people.vcf' })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect((await listPeople(ctx, {}, { all: true })).items).toEqual(before)
    // Into an empty account, the same fields.
    const other = await h.newCtx()
    await importContacts(other, vcf, { filename: 'people.vcf' })
    const [copy] = (await listPeople(other, {}, { all: true })).items
    expect(copy).toMatchObject({
      name: 'Ada Lovelace',
      birthday: '1815-12-10',
      websites: ['https://ada.example.org/notes'],
      profiles: fields.profiles,
      notes: '',
    })
  })

  it('the lossless backup carries them', async () => {
    const ctx = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada Lovelace', ...fields })
    const text = await exportBackup(ctx)
    await updatePerson(ctx, ada.id, { birthday: null, websites: [], profiles: [] })
    await restoreBackup(ctx, text, { replace: true })
    expect(await getPerson(ctx, ada.id)).toMatchObject({
      birthday: '1815-12-10',
      websites: ['https://ada.example.org/notes'],
      profiles: fields.profiles,
    })
    expect(await exportBackup(ctx)).toBe(text)
  })
})
