import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { createConversation } from '../conversations/service.ts'
import { updateMeeting } from '../meetings/service.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson } from '../people/service.ts'
import { addPlanItems, updatePlanItem } from '../plans/service.ts'
import { saveReflection } from '../reflections/service.ts'
import { updateSettings } from '../settings/service.ts'

/**
 * A small explorer with one of everything, written through the services
 * (as the app writes it): careers with a focus area, an organization,
 * people with a referral, a met conversation with a plan and answers,
 * meeting notes, a reflection with pay, settings. For backup and export tests.
 *
 * @example const sample = await sampleExplorer(ctx)
 */
export async function sampleExplorer(ctx: Ctx) {
  const career = await createCareer(ctx, {
    name: 'Data scientist',
    hypothesis: 'The modelling, not the meetings',
  })
  const focus = await createCareer(ctx, { name: 'ML in healthcare', parentId: career.id })
  const organization = await createOrganization(ctx, {
    name: 'Northwind Health',
    motivation: 3,
    careerIds: [career.id],
  })
  const ada = await createPerson(ctx, {
    name: 'Ada Lovelace',
    organizationId: organization.id,
    title: 'Senior Data Scientist',
    careerIds: [career.id, focus.id],
    connection: 'alumni',
    connectionNote: 'PhD in our group, 2019',
    emails: ['ada@northwind.example'],
    linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
    tags: ['alumni', 'mentor'],
    notes: 'Knows **everyone** in clinical ML.\n\nLikes tea — ☕',
  })
  const renee = await createPerson(ctx, {
    name: 'Renée Dupont',
    referredById: ada.id,
    phones: ['+33 1 23 45 67 89'],
  })
  const chat = await createConversation(ctx, {
    personId: ada.id,
    careerIds: [career.id],
    status: 'met',
    scheduledAt: '2026-03-05T15:00',
    timeZone: 'Europe/Berlin',
    format: 'video',
    place: 'https://meet.example/ada',
    notes: 'She moved from astrophysics.',
  })
  const plan = await addPlanItems(ctx, chat.id, {
    items: [
      { text: 'What does a normal day look like?', topic: 'day-to-day' },
      { text: 'What do you wish you had known?', topic: 'advice' },
    ],
  })
  const [first] = plan.items
  if (first) {
    await updatePlanItem(ctx, first.id, {
      state: 'asked',
      answer: 'Mostly cleaning data;\nthen a model or two.',
    })
  }
  await updateMeeting(ctx, chat.id, { freeNotes: 'Talk to Renée about readmission models.' })
  await saveReflection(ctx, chat.id, {
    takeaways: 'Data cleaning is most of the job.',
    pros: ['Real patients', 'Smart colleagues'],
    cons: ['Slow approvals'],
    fitRating: 4,
    pay: [{ low: 70_000, high: 90_000, currency: 'EUR', level: 'senior', year: 2026 }],
  })
  const later = await createConversation(ctx, { personId: renee.id, status: 'identified' })
  await updateSettings(ctx, { outreachMaxWords: 90, holidays: ['2026-12-24'] })
  return { career, focus, organization, ada, renee, chat, later }
}
