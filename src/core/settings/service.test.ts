import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { invalidFields } from '../../../test/validation.ts'
import { defaultSettings } from './schema.ts'
import { getSettings, listSettings, resetSetting, updateSettings } from './service.ts'

describeEngines('settings', (h) => {
  it('starts from the defaults of the method', async () => {
    const ctx = await h.newCtx()
    const settings = await getSettings(ctx)
    expect(settings).toEqual(defaultSettings)
    expect(settings).toMatchObject({
      outreachMaxWords: 75,
      conversationMinutes: 30,
      coverageMinPeople: 3,
      coverageMinOrganizations: 2,
      secondContactAfterBusinessDays: 3,
      followUpAfterBusinessDays: 7,
      thankYouDeadline: '21:00',
      questionsWarnAbove: 12,
    })
  })

  it('changes settings, lists them with their defaults and resets one', async () => {
    const ctx = await h.newCtx()
    await updateSettings(ctx, {
      outreachMaxWords: 100,
      holidays: ['2026-12-25'],
      timeZone: 'Europe/Berlin',
    })
    expect(await getSettings(ctx)).toMatchObject({
      outreachMaxWords: 100,
      holidays: ['2026-12-25'],
      timeZone: 'Europe/Berlin',
    })
    const entry = (await listSettings(ctx)).find((e) => e.key === 'outreachMaxWords')
    expect(entry).toMatchObject({ value: 100, defaultValue: 75, isDefault: false })
    expect(entry?.description).toMatch(/Word limit/)
    // Settings speaks to the explorer as "you", never of "the explorer".
    const labels = (await listSettings(ctx)).map((e) => e.description)
    expect(labels.filter((label) => /explorer/i.test(label))).toEqual([])
    expect(labels).toContain("Your time zone; empty means this machine's")
    await resetSetting(ctx, 'outreachMaxWords')
    expect((await getSettings(ctx)).outreachMaxWords).toBe(75)
    await expect(resetSetting(ctx, 'colour')).rejects.toThrow(/"colour" is not a setting/)
  })

  it('refuses bad values without writing any of the change', async () => {
    const ctx = await h.newCtx()
    expect(
      await invalidFields(
        updateSettings(ctx, {
          outreachMaxWords: 90,
          thankYouDeadline: '9pm',
          timeZone: 'Atlantis/Capital',
          unknownKey: 1,
        }),
      ),
    ).toEqual(['timeZone', 'thankYouDeadline', 'unknownKey'])
    await expect(updateSettings(ctx, { questionsRecommendedMin: 11 })).rejects.toThrow(
      /questionsRecommendedMin/,
    )
    expect(await getSettings(ctx)).toEqual(defaultSettings)
  })

  it('keeps the clock the explorer reads: as the locale writes it until they pick 12h or 24h', async () => {
    const ctx = await h.newCtx()
    expect((await getSettings(ctx)).clock).toBeNull()
    await updateSettings(ctx, { clock: '12h' })
    expect((await getSettings(ctx)).clock).toBe('12h')
    expect(await invalidFields(updateSettings(ctx, { clock: 'noon' as '12h' }))).toEqual(['clock'])
    expect((await getSettings(ctx)).clock).toBe('12h')
  })

  it("keeps each explorer's settings apart", async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    await updateSettings(mine, { conversationMinutes: 20 })
    expect((await getSettings(theirs)).conversationMinutes).toBe(30)
  })
})
