import { expect, it } from 'vitest'
import { createCalendarFeed } from '../src/core/calendar/feed.ts'
import { createCareer, getCareer } from '../src/core/careers/service.ts'
import { createPerson, getPerson } from '../src/core/people/service.ts'
import {
  deleteOwnedRows,
  replaceOwnedLinks,
  selectOwnedColumn,
  selectOwnedRow,
  selectOwnedRows,
  selectOwnersRow,
  updateOwnedRow,
  writeOwnedRow,
} from '../src/db/owned-rows.ts'
import { describeEngines } from './engines.ts'

describeEngines('the owned-row statements every repository shares', (h) => {
  it('read, change and delete only the owner’s row, and say how many rows they touched', async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    const career = await createCareer(theirs, { name: 'Data scientist' })

    expect(await selectOwnedRow(mine, 'careers', 'id', career.id)).toBeUndefined()
    expect(await updateOwnedRow(mine, 'careers', 'id', career.id, { name: 'Mine now' })).toBe(0)
    expect(await deleteOwnedRows(mine, 'careers', 'id', career.id)).toBe(0)
    expect((await getCareer(theirs, career.id)).name).toBe('Data scientist')

    expect((await selectOwnedRow(theirs, 'careers', 'id', career.id))?.name).toBe('Data scientist')
    expect(await updateOwnedRow(theirs, 'careers', 'id', career.id, { name: 'Analyst' })).toBe(1)
    expect((await getCareer(theirs, career.id)).name).toBe('Analyst')
    expect(await deleteOwnedRows(theirs, 'careers', 'id', career.id)).toBe(1)
    expect(await selectOwnedRow(theirs, 'careers', 'id', career.id)).toBeUndefined()
  })
  it('list, write back and relink only the owner’s rows', async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    const career = await createCareer(theirs, { name: 'Data scientist' })
    const other = await createCareer(theirs, { name: 'Analyst' })
    const person = await createPerson(theirs, { name: 'Amara Okafor', careerIds: [career.id] })
    const row = await selectOwnedRow(theirs, 'people', 'id', person.id)
    if (!row) throw new Error('no row')

    expect(await selectOwnedRows(mine, 'people', 'id', [person.id])).toEqual([])
    expect(await selectOwnedRows(mine, 'people', 'name_key', row.name_key)).toEqual([])
    expect(await selectOwnedRows(theirs, 'people', 'id', [])).toEqual([])
    expect(
      (await selectOwnedRows(theirs, 'people', 'id', [person.id, 'x'])).map((r) => r.id),
    ).toEqual([person.id])
    expect((await selectOwnedRows(theirs, 'people', 'name_key', row.name_key)).length).toBe(1)
    expect(await selectOwnedColumn(mine, 'people', 'id', 'id', [person.id])).toEqual([])
    expect(await selectOwnedColumn(theirs, 'people', 'id', 'id', [])).toEqual([])
    expect(await selectOwnedColumn(theirs, 'people', 'name', 'id', person.id)).toEqual([
      'Amara Okafor',
    ])
    expect(
      await selectOwnedColumn(theirs, 'person_careers', 'career_id', 'person_id', person.id),
    ).toEqual([career.id])

    await writeOwnedRow(mine, 'people', { ...row, owner_id: mine.ownerId, title: 'Mine now' })
    expect((await getPerson(theirs, person.id)).title).toBe('')

    await writeOwnedRow(theirs, 'people', { ...row, title: 'Senior Data Scientist' })
    await replaceOwnedLinks(theirs, 'person_careers', 'person_id', person.id, 'career_id', [
      other.id,
    ])
    expect((await getPerson(theirs, person.id)).title).toBe('Senior Data Scientist')
    expect((await getPerson(theirs, person.id)).careerIds).toEqual([other.id])
    await replaceOwnedLinks(theirs, 'person_careers', 'person_id', person.id, 'career_id', [])
    expect((await getPerson(theirs, person.id)).careerIds).toEqual([])
  })
  it('read the one row of a table that holds one per owner', async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    await createCalendarFeed(theirs, {})
    expect(await selectOwnersRow(mine, 'calendar_feeds')).toBeUndefined()
    expect((await selectOwnersRow(theirs, 'calendar_feeds'))?.owner_id).toBe(theirs.ownerId)
  })
})
