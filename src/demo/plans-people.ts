import type { ConversationFormat } from '../core/conversations/schema.ts'
import type { DemoContact } from './data.ts'

// Every name here is invented.

/** People met earlier, so each career has more than one voice. */
export interface ExtraPerson extends DemoContact {
  /** Days from today of the (thanked) conversation. */
  dayOffset: number
  time: string
  format: ConversationFormat
  place: string
  notes: string
}

export const extraPeople: ExtraPerson[] = [
  {
    name: 'Mateo Rossi',
    organization: 'City Data Office',
    title: 'Data Scientist',
    careers: ['Data scientist'],
    connection: 'event',
    connectionNote: 'On Sofía’s team at the open-data hackathon',
    source: 'Hackathon',
    dayOffset: -31,
    time: '17:00',
    format: 'video',
    place: 'https://meet.example/mateo',
    notes: 'Physics master’s, then teaching; public-sector data science since 2021.',
  },
  {
    name: 'Elena Marsh',
    organization: 'Cobalt Mutual Insurance',
    title: 'Senior Data Scientist, Pricing',
    careers: ['Data scientist'],
    connection: 'linkedin',
    connectionNote: 'Spoke after Li Wei at the statistics meetup',
    source: 'LinkedIn',
    dayOffset: -12,
    time: '12:00',
    format: 'phone',
    place: '',
    notes: 'Started on the actuarial exam track, switched to data science.',
  },
  {
    name: 'Lukas Brandt',
    organization: 'Meridian Partners',
    title: 'Senior Consultant',
    careers: ['Management consultant'],
    connection: 'alumni',
    connectionNote: 'Same department, PhD in algebra 2020',
    source: 'Alumni network',
    dayOffset: -15,
    time: '08:00',
    format: 'in_person',
    place: 'Station café',
    notes: 'Joined Meridian straight after the PhD; now staffing junior consultants.',
  },
  {
    name: 'Yara Haddad',
    organization: 'Aperture Optics',
    title: 'Senior Scientist, Optical Design',
    careers: ['Corporate R&D scientist'],
    connection: 'event',
    connectionNote: 'Same SIAM session on inverse problems',
    source: 'Conference',
    dayOffset: -8,
    time: '15:30',
    format: 'video',
    place: 'https://meet.example/yara',
    notes: 'Half modelling, half lab; works next to Priya Nair.',
  },
]
