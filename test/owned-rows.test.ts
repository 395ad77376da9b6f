import { expect, it } from 'vitest'
import { createCareer, getCareer } from '../src/core/careers/service.ts'
import { deleteOwnedRows, selectOwnedRow, updateOwnedRow } from '../src/db/owned-rows.ts'
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
})
