import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addCareer, answerThreeAndKeepThemAsked, eventually, phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'
import { expectBoard, expectCarriedOver, expectCompare, pick } from './walk-evidence.ts'
import {
  careerCoverage,
  field,
  fits,
  heading,
  navigate,
  shot,
  shots,
  today,
  tuesday,
} from './walk-helpers.ts'

/**
 * The whole method, walked in Chromium as a person does, on an empty data
 * directory: the welcome (skipped), a career, an organization, a person at
 * it; the outreach, blocked while {myName} is unfilled, then sent; the
 * reply and the schedule in one dialog; a plan; the meeting; the thank-you
 * and the reflection from its end screen; the career's board, Compare,
 * Careers and Today. Every count, date and status on the way is asserted.
 *
 * The clock: the server's and the browser's start at the same instant, run,
 * and jump together. It is Tuesday 10 March 2026 in Los Angeles, from 16:40
 * to 18:00 — from 17:00 on already Wednesday in UTC — so a date taken in the
 * wrong zone, or from the planned meeting, shows as "tomorrow".
 */

const zone = 'America/Los_Angeles'
const start = new Date('2026-03-10T23:40:00Z') // 16:40 in Los Angeles
let origin = Date.now()
let skipped = 0
const clock = () => new Date(start.getTime() + (Date.now() - origin) + skipped)

describe.skipIf(!chromiumAvailable())('the method, walked on an empty install', () => {
  const world = chromiumWorld({
    server: { clock },
    browser: { viewport: phone, timezoneId: zone, locale: 'en-GB' },
  })
  let page: Page
  let conversationUrl = ''
  const pageErrors: string[] = []

  /** Time passes to `time` on Tuesday, for the server and the browser alike. */
  async function at(time: string): Promise<void> {
    const ms = tuesday(time) - clock().getTime()
    expect(ms, `${time} is still ahead`).toBeGreaterThan(0)
    skipped += ms
    await world.browser.context.clock.fastForward(ms)
    // A loaded machine lets the browser's clock fall behind the server's: set it to the same instant.
    await world.browser.context.clock.setSystemTime(clock())
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    await world.browser.context.clock.install({ time: start })
    origin = Date.now()
    page = await world.browser.context.newPage()
    page.setDefaultTimeout(10_000)
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return
    // What the page showed when a step failed, to read beside the error.
    const name = `failed-${context.task.name.slice(0, 24).replace(/\W+/g, '-')}`
    await shot(page, name).catch(() => undefined)
    writeFileSync(
      join(shots, `walk-${name}.txt`),
      `${page.url()}\n${await page.locator('body').ariaSnapshot()}`,
    )
  })

  it('welcomes, skipped; then a career, an organization and a person at it', async () => {
    await page.goto(world.server.url)
    const about = page.getByRole('region', { name: 'First, about you' })
    await about.waitFor()
    await fits(page)
    await shot(page, '01-welcome')
    await about.getByRole('button', { name: 'Skip for now' }).click()
    await about.waitFor({ state: 'detached' })

    await page.getByRole('link', { name: 'Add a career' }).click()
    await heading(page, 'New career')
    await addCareer(page, 'Data scientist', 'I would love the modelling, not the meetings.')
    await careerCoverage(page, 0, 0)
    await fits(page)
    await shot(page, '02-career')

    await navigate(page, 'Organizations')
    await page.getByRole('link', { name: /New organization/ }).click()
    await heading(page, 'New organization')
    await field(page, 'Name').fill('Northwind Health')
    await pick(page, 'Target for careers', 'Data scientist')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Add organization' }).click()
    await heading(page, 'Northwind Health')
    await fits(page)
    await shot(page, '03-organization')

    // The person, added from their organization's page.
    await page.getByRole('link', { name: /^Add/ }).first().click()
    await heading(page, 'New person')
    await field(page, 'Name').fill('Amara Okafor')
    expect(await page.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(
      'Northwind Health',
    )
    await field(page, 'Role or title').fill('Senior Data Scientist')
    await pick(page, 'Careers they can speak to', 'Data scientist')
    await page.keyboard.press('Escape')
    await pick(page, 'How you are connected', 'Alumni')
    await field(page, 'What you share').fill('the statistics master at Bonn')
    await page.getByRole('combobox', { name: 'Emails' }).fill('amara@northwind.example')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Add person' }).click()
    await heading(page, 'Amara Okafor')
    await sees(page, 'Senior Data Scientist at')
    const about2 = page.getByRole('region', { name: 'About' })
    await about2.getByText('Alumni — the statistics master at Bonn').waitFor()
    await about2.getByText('10 Mar 2026').waitFor()
    await page
      .getByTestId('outreach-advice')
      .getByText('Nothing sent yet: write a short first email asking for their advice.')
      .waitFor()
    await fits(page)
    await shot(page, '04-person')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('drafts the outreach, blocked while {myName} is unfilled, signs it from Settings, and sends it', async () => {
    await page.getByRole('link', { name: 'Write' }).click()
    await page.getByRole('button', { name: 'Write the draft' }).click()
    await heading(page, /First email to Amara Okafor/)
    const body = page.getByLabel('Message')
    expect(await body.inputValue()).toMatch(
      /^Hi Amara,\n\nI found you through our alumni network\. Your path into data science at Northwind Health/,
    )
    expect(await body.inputValue()).toMatch(/\{myName\}$/)
    const problems = page.getByTestId('lint-problems')
    await problems.getByText('1 problem').waitFor()
    const unfinished = page.getByTestId('unfinished')
    await unfinished.getByText(/\{myName\} is still in the draft/).waitFor()
    for (const name of ['Copy text', 'Open in your mail program', 'I sent it…']) {
      expect(await page.getByRole('button', { name }).isDisabled(), name).toBe(true)
    }
    await unfinished.scrollIntoViewIfNeeded()
    await fits(page)
    await shot(page, '05-draft-blocked')

    // The block links to the setting; the name is saved there, then the draft signed.
    await unfinished.getByRole('link', { name: /set it in Settings/ }).click()
    await heading(page, 'Settings')
    await page
      .getByRole('region', { name: 'Reaching out' })
      .getByRole('textbox')
      .first()
      .fill('Sam Lee')
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Los_Ang')
    await page.getByRole('option', { name: zone, exact: true }).click()
    await pick(page, 'Clock', '24-hour (15:00)')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await sees(page, 'Settings saved.')
    await fits(page)
    await page.goBack()
    await heading(page, /First email to Amara Okafor/)
    await unfinished.getByRole('button', { name: 'Sign it as Sam Lee' }).click()
    await eventually(() => body.inputValue()).toMatch(/\nSam Lee$/)
    await problems.getByText(/no problems/).waitFor()

    await at('16:50')
    await page.getByRole('button', { name: 'I sent it…' }).click()
    const how = page.getByRole('dialog', { name: 'How did you send it?' })
    await how.getByLabel('I copied and pasted it').check()
    await how.getByRole('button', { name: 'Record it as sent' }).click()
    await sees(page, 'Sent Tue 10 Mar, 16:50 (copied) to amara@northwind.example.')
    await fits(page)
    await shot(page, '06-sent')

    await navigate(page, 'Today')
    // Sent on Tuesday: the one follow-up is due seven business days later.
    expect(await today(page)).toEqual({
      sections: ['Replies awaited1', 'Next suggested steps1'],
      items: [
        'Waiting for Amara Okafor | Asked on Tue 10 Mar (Northwind Health); the follow-up is due on Thu 19 Mar. Did they reply? Record it. | They replied',
        'Find more people for Data scientist | 0 people spoken with, from 0 organizations; the target is 3 from 2. | See the career',
      ],
    })
    await fits(page)
    await shot(page, '06-today')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('records the reply at 17:00 and schedules the conversation for tomorrow in the same dialog', async () => {
    await at('17:00')
    await navigate(page, 'People')
    await page.getByRole('link', { name: 'Amara Okafor' }).click()
    await heading(page, 'Amara Okafor')
    await page
      .getByTestId('outreach-advice')
      .getByText('Waiting for a reply; the follow-up is due on Thu 19 Mar.')
      .waitFor()
    await page.getByRole('button', { name: 'They replied' }).click()
    const dialog = page.getByRole('dialog', { name: 'Amara Okafor replied' })
    await dialog.getByRole('button', { name: 'Record the reply' }).click()
    await dialog.getByText('Did you agree on a time? Schedule the conversation now.').waitFor()
    await dialog.getByLabel('Day').fill('2026-03-11')
    await dialog.getByLabel('Time', { exact: true }).fill('10:00')
    expect(await dialog.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(zone)
    await dialog.getByText('video', { exact: true }).click()
    await dialog.getByLabel('Where').fill('https://meet.example/amara')
    await shot(page, '07-schedule')
    await dialog.getByRole('button', { name: 'Schedule it' }).click()
    await dialog.getByText('Scheduled: Wed 11 Mar, 10:00.').waitFor()
    // Scheduled on the day before: Today will not ask to confirm it, so the dialog does not promise it.
    await dialog.getByText('It is soon enough that no confirmation is needed.').waitFor()
    await dialog.getByRole('button', { name: 'Done' }).click()

    // The person: replied today, one conversation, scheduled for tomorrow.
    await page.getByTestId('outreach-advice').getByText('They replied today.').waitFor()
    const chats = page.getByRole('region', { name: 'Conversations' })
    expect((await chats.allInnerTexts()).join('\n').split('\n').filter(Boolean)).toEqual([
      'Conversations1',
      'Wed 11 Mar, 10:00',
      'video · Data scientist',
      'scheduled',
    ])
    await fits(page)
    await shot(page, '08-person')

    await chats.getByRole('link').first().click()
    await heading(page, /Conversation with Amara Okafor/)
    conversationUrl = page.url()
    await page
      .getByRole('region', { name: 'Details' })
      .getByText('Wed 11 Mar, 10:00 · tomorrow')
      .waitFor()
    await fits(page)
    await shot(page, '09-conversation')

    await navigate(page, 'Today')
    expect(await today(page)).toEqual({
      sections: ['Meetings today and tomorrow1', 'Next suggested steps1'],
      items: [
        'Meeting with Amara Okafor | tomorrow at 10:00 | Northwind Health · video · https://meet.example/amara | Prepare | Add to calendar (.ics)',
        'Find more people for Data scientist | 0 people spoken with, from 0 organizations; the target is 3 from 2. | See the career',
      ],
    })
    await fits(page)
    await shot(page, '10-today')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('prepares: the guard warns while typing, and Add all leaves the referral question out', async () => {
    await page.getByRole('link', { name: 'Prepare' }).click()
    await heading(page, /Prepare: Amara Okafor/)
    const ask = async (text: string) => {
      await page.getByRole('tab', { name: 'New question' }).click()
      await page.getByRole('textbox', { name: 'Question' }).fill(text)
    }
    await ask('Is your team hiring?')
    await sees(page, /“Is your team hiring”: Asking whether they are hiring/)
    await shot(page, '11-guard')
    const add = async (text: string, topic: string) => {
      await ask(text)
      await page.getByRole('combobox', { name: 'Topic' }).click()
      await page.getByRole('option', { name: topic, exact: true }).click()
      await page.getByRole('button', { name: 'Add', exact: true }).click()
      await page.getByRole('region', { name: 'Questions' }).getByText(text).waitFor()
    }
    await add('How did you move from the master into data science?', 'Path into the role')
    await add('What does a normal week at Northwind look like?', 'Day-to-day')
    await page.getByRole('button', { name: 'Add all 8' }).click()
    const questions = page.getByRole('region', { name: 'Questions' })
    await questions.getByRole('heading', { name: 'Questions10' }).waitFor()
    const texts = await questions.getByTestId('plan-item').allInnerTexts()
    expect(texts).toHaveLength(10)
    expect(texts.filter((t) => /who else|hiring|job/i.test(t))).toEqual([])
    await fits(page)
    await shot(page, '12-plan')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('runs the meeting today at 17:30: answers, then Asked on each, a referral, the end', async () => {
    await at('17:30')
    await page.getByRole('link', { name: 'Meeting mode' }).click()
    await page.getByRole('button', { name: 'Start meeting' }).click()
    await sees(page, /left of 30 minutes/)
    // Typing the answer asked it; the click that confirms it must not un-ask it.
    await answerThreeAndKeepThemAsked(page)
    await sees(page, '3 asked · 0 skipped · 7 to go')
    await at('17:45')
    await page.getByRole('button', { name: 'Who else?' }).click()
    const drawer = page.getByRole('dialog', { name: 'Who else should I talk to?' })
    await drawer.getByRole('textbox', { name: /^Name/ }).fill('Raj Patel')
    await drawer.getByRole('textbox', { name: 'Organization' }).fill('Brightline')
    await drawer.getByRole('button', { name: 'Add Raj Patel' }).click()
    await sees(page, 'Raj Patel · Brightline')
    await at('17:55')
    await sees(page, /5 minutes left/)
    await fits(page)
    await shot(page, '13-meeting')
    await page.getByRole('button', { name: 'End', exact: true }).click()
    await page.getByRole('button', { name: 'End meeting' }).click()
    const summary = page.getByTestId('meeting-summary')
    await summary.getByText('25 minutes (30 promised, 5 min early).').waitFor()
    await summary
      .getByText(
        '3 asked; 7 not asked carry over to your next conversation in this career; 1 person to talk to next.',
      )
      .waitFor()
    await summary
      .getByText(
        'The same night, by 21:00: one thing that stuck with you, and what you will do with it.',
      )
      .waitFor()
    await fits(page)
    await page.screenshot({ path: join(shots, 'walk-14-ended.png') })

    // A glance at Today in another tab: both due tonight, dated from the meeting that ran today.
    const glance = await world.browser.context.newPage()
    await glance.goto(world.server.url)
    expect(await today(glance)).toEqual({
      sections: ['Thank-yous due tonight1', 'Reflections due1', 'Next suggested steps2'],
      items: [
        'Thank Amara Okafor | tonight by 21:00 | You met today at 17:30: name one thing you learned and what you will do with it. | Write the thank-you',
        'Reflect on your conversation with Amara Okafor | tonight by 23:59 | Takeaways, surprises, pay heard and fit, while it is fresh. | Reflect',
        'Find more people for Data scientist | 1 person spoken with, from 1 organization; the target is 3 from 2. | See the career',
        'Write to Raj Patel | Referred by Amara Okafor (Brightline); not contacted yet. | Write the first email',
      ],
    })
    await shot(glance, '14-today')
    await glance.close()
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('writes the thank-you and the reflection from the end screen', async () => {
    await page
      .getByTestId('thank-you-card')
      .getByRole('button', { name: 'Write the thank-you' })
      .click()
    await heading(page, /Thank-you to Amara Okafor/)
    const body = page.getByLabel('Message')
    const draft = await body.inputValue()
    expect(draft).toMatch(/^Hi Amara,\n\nThank you for your time today\./)
    await body.fill(
      draft
        .replace('{takeaway}', 'a model nobody uses is worth nothing')
        .replace('{nextStep}', 'sit in on a stakeholder review at my internship'),
    )
    await page
      .getByTestId('lint-problems')
      .getByText(/no problems/)
      .waitFor()
    await page.getByRole('status').getByText('saved').waitFor()
    await at('17:58')
    await page.getByRole('button', { name: 'I sent it…' }).click()
    const how = page.getByRole('dialog', { name: 'How did you send it?' })
    await how.getByLabel('I copied and pasted it').check()
    await how.getByRole('button', { name: 'Record it as sent' }).click()
    await sees(page, 'Sent Tue 10 Mar, 17:58 (copied) to amara@northwind.example.')
    await fits(page)
    await shot(page, '15-thanks')

    await page.goBack()
    await page.getByTestId('thank-you-card').getByText('thank-you sent').waitFor()
    await page
      .getByTestId('reflection-card')
      .getByRole('link', { name: 'Write your reflection' })
      .click()
    await heading(page, 'Reflection')
    await sees(page, 'due tonight by 23:59')
    await page.getByRole('region', { name: 'Fit' }).getByText('4', { exact: true }).click()
    await sees(page, /^4 — /)
    await page
      .getByRole('textbox', { name: 'Takeaways' })
      .fill('Modelling is a third of the week; the rest is explaining it.')
    await page.getByRole('combobox', { name: 'What they like (pros)' }).fill('Work with real data')
    await page.keyboard.press('Enter')
    const beside = page.getByRole('region', { name: 'From the meeting' })
    await beside.getByText('Answer 1').waitFor()
    await beside.getByRole('button', { name: 'Add Raj Patel to the next people' }).click()
    await page.getByRole('status').getByText('saved').waitFor()
    await page.getByRole('button', { name: 'Mark as done' }).click()
    await sees(page, 'Done')
    await fits(page)
    await shot(page, '16-reflection')

    // The conversation: held today (not the planned tomorrow), thanked, reflected.
    await page.goto(conversationUrl)
    await heading(page, /Conversation with Amara Okafor/)
    await page.getByText('thanked', { exact: true }).first().waitFor()
    await page.getByText('Complete: you met and thanked them.').waitFor()
    const details = page.getByRole('region', { name: 'Details' })
    await details.getByText('Tue 10 Mar, 17:30 · today').waitFor()
    await details.getByText('planned for Wed 11 Mar, 10:00').waitFor()
    await page.getByText('Took 25 min of 30 promised — 5 min early').waitFor()
    await page.getByText('Thank you, Amara · sent Tue 10 Mar, 17:58').waitFor()
    const plan = page.locator('#plan')
    for (const n of [1, 2, 3]) await plan.getByText(`Answer ${n}`, { exact: true }).waitFor()
    expect(await plan.getByText('not asked', { exact: true }).count()).toBe(7)
    expect(await plan.getByText('asked', { exact: true }).count()).toBe(0)
    const reflection = page.getByRole('region', { name: 'Reflection' })
    await reflection.getByText('done', { exact: true }).waitFor()
    await reflection.getByText('Fit 4 of 5').waitFor()
    await fits(page)
    await shot(page, '17-conversation')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('dates the referral today and counts it as nobody spoken with yet', async () => {
    await navigate(page, 'People')
    await page.getByRole('link', { name: 'Raj Patel' }).click()
    await heading(page, 'Raj Patel')
    await fits(page)
    await shot(page, '18-referral')
    // Added in the meeting today (not on the planned tomorrow), and never written to.
    const about = page.getByRole('region', { name: 'About' })
    await about.getByText('Referral from Amara Okafor, met 10 Mar 2026').waitFor()
    await about.getByText('10 Mar 2026', { exact: true }).waitFor()
    await page
      .getByRole('region', { name: 'Conversations' })
      .getByText('None yet.', { exact: false })
      .waitFor()
    await page
      .getByTestId('outreach-advice')
      .getByText('Nothing sent yet: write a short first email asking for their advice.')
      .waitFor()
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('shows the same evidence on Careers, the career, its board, Compare and Today', async () => {
    await navigate(page, 'Careers')
    await heading(page, 'Careers')
    await page
      .getByLabel('Coverage: 1 of 3 people spoken with, from 1 of 2 organizations')
      .waitFor()
    await sees(page, '2 people linked · 1 conversation')
    await sees(page, 'Talk to 2 more people, at another organization, to hear more than one side.')
    await fits(page)
    await shot(page, '19-careers')
    await page.setViewportSize({ width: 360, height: 780 })
    await fits(page)
    await shot(page, '19-careers-360')
    await page.setViewportSize(phone)

    await page.getByRole('link', { name: 'Data scientist' }).click()
    await heading(page, 'Data scientist')
    await careerCoverage(page, 1, 1)
    await fits(page)

    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByRole('link', { name: 'Board' }).click()
    await expectBoard(page)
    await page.getByRole('link', { name: 'Compare careers' }).click()
    await expectCompare(page)

    await navigate(page, 'Today')
    // Thanked and reflected: nothing due tonight. The referral is a next step, not coverage.
    expect(await today(page)).toEqual({
      sections: ['Next suggested steps2'],
      items: [
        'Find more people for Data scientist | 1 person spoken with, from 1 organization; the target is 3 from 2. | See the career',
        'Write to Raj Patel | Referred by Amara Okafor (Brightline); not contacted yet. | Write the first email',
      ],
    })
    await shot(page, '22-today')
    expect(pageErrors).toEqual([])
  }, 60_000)

  it('plans the next conversation in the career: the 7 not asked carry over, first', async () => {
    await page.setViewportSize(phone)
    await navigate(page, 'People')
    await page.getByRole('link', { name: 'Raj Patel' }).click()
    await heading(page, 'Raj Patel')
    await page.getByRole('link', { name: 'Plan a conversation' }).click()
    await heading(page, 'New conversation')
    await page.getByRole('button', { name: 'Add conversation' }).click()
    await heading(page, /Conversation with Raj Patel/)
    await page.getByRole('link', { name: 'Prepare' }).click()
    await heading(page, /Prepare: Raj Patel/)
    await expectCarriedOver(page, [
      'What frustrates you most about the work?',
      'What is a realistic salary range for someone starting out in this kind of role?',
      'How many hours does a normal week take, and how much does that vary?',
      'Which skills matter most for doing this work well?',
      'How has the field changed since you started?',
      'If you were starting out today, what would you do differently?',
      'Which books, newsletters or podcasts would you recommend?',
    ])
    await fits(page)
    await shot(page, '23-next-plan')
    expect(pageErrors).toEqual([])
  }, 60_000)
})
