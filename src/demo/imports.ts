import { DateTime } from 'luxon'
import type { Ctx } from '../core/context.ts'
import type { ImportReport } from '../core/imports/schema.ts'
import { importContacts } from '../core/imports/service.ts'

/** Connections as LinkedIn exports them; two are people the sample already has. */
const connections: ReadonlyArray<{
  first: string
  last: string
  slug: string
  email: string
  company: string
  position: string
  daysAgo: number
}> = [
  // Already in the sample (matched by profile): the import adds her email, keeps the rest.
  {
    first: 'Amara',
    last: 'Okafor',
    slug: 'amara-okafor-ds',
    email: 'amara@okafor.example',
    company: 'Northwind Health Analytics',
    position: 'Lead Data Scientist',
    daysAgo: 40,
  },
  {
    first: 'Li',
    last: 'Wei',
    slug: 'li-wei-cobalt',
    email: '',
    company: 'Cobalt Mutual Insurance',
    position: 'Actuarial Analyst',
    daysAgo: 90,
  },
  {
    first: 'Priya',
    last: 'Raman',
    slug: 'priya-raman-phd',
    email: '',
    company: 'Halvorsen Materials',
    position: 'Research Scientist, Coatings',
    daysAgo: 12,
  },
  {
    first: 'Mateo',
    last: 'García',
    slug: 'mateo-garcia-quant',
    email: 'mateo.garcia@example.org',
    company: 'Quantile Capital',
    position: 'Quantitative Researcher',
    daysAgo: 150,
  },
  {
    first: 'Elif',
    last: 'Demir',
    slug: 'elif-demir',
    email: '',
    company: 'Brightline Consulting',
    position: 'Associate',
    daysAgo: 210,
  },
  {
    first: 'Noah',
    last: 'Fischer',
    slug: 'noah-fischer-math',
    email: '',
    company: 'University of Bonn',
    position: 'Postdoctoral Researcher',
    daysAgo: 400,
  },
  {
    first: 'Chioma',
    last: 'Eze',
    slug: 'chioma-eze',
    email: '',
    company: 'Aperture Optics',
    position: 'Optical Engineer',
    daysAgo: 700,
  },
]

const preamble =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n'

const quote = (value: string) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/**
 * The sample explorer's LinkedIn connections, imported the way a newcomer
 * would: new people arrive with their connection and source, and the two
 * the sample already knows are merged, not duplicated.
 *
 * @example (await importDemoConnections(ctx)).created // 5
 */
export async function importDemoConnections(ctx: Ctx): Promise<ImportReport> {
  const today = DateTime.fromJSDate(ctx.now()).toUTC()
  const rows = connections.map((c) =>
    [
      c.first,
      c.last,
      `https://www.linkedin.com/in/${c.slug}`,
      c.email,
      c.company,
      c.position,
      today.minus({ days: c.daysAgo }).toFormat('dd LLL yyyy', { locale: 'en' }),
    ]
      .map(quote)
      .join(','),
  )
  const csv = `${preamble}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}`
  return importContacts(ctx, new TextEncoder().encode(csv), { filename: 'Connections.csv' })
}
