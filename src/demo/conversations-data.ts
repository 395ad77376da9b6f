import type { ConversationFormat } from '../core/conversations/schema.ts'
import type { ConversationStatus } from '../core/conversations/status.ts'

// The sample explorer's conversations, in every status, dated around today.

export interface DemoConversation {
  person: string
  status: ConversationStatus
  /** Days from today of the meeting (negative: past); absent when not scheduled. */
  dayOffset?: number
  /** Local start time, HH:MM. */
  time?: string
  minutes?: number
  format?: ConversationFormat
  place?: string
  notes?: string
  /** Days ago that the status last changed (when the request went out, say). */
  changedDaysAgo?: number
}

export const demoConversations: DemoConversation[] = [
  {
    person: 'amara',
    status: 'thanked',
    dayOffset: -24,
    time: '12:30',
    format: 'in_person',
    place: 'Café near the Northwind office',
    notes:
      'Talked through her first year: **60% data cleaning**, 40% modelling. Pay band discussed openly.',
  },
  {
    person: 'ingrid',
    status: 'thanked',
    dayOffset: -17,
    time: '16:00',
    format: 'video',
    place: 'https://meet.example/ingrid',
    notes: 'R&D timelines are 2–3 years; publishing is possible but needs approval.',
  },
  {
    person: 'dana',
    status: 'thanked',
    dayOffset: -40,
    time: '18:00',
    format: 'phone',
    notes: 'Hours are long around quarter ends; the work is mostly engineering, little maths.',
  },
  {
    person: 'hannah',
    status: 'met',
    dayOffset: -1,
    time: '09:00',
    minutes: 20,
    format: 'video',
    place: 'https://meet.example/hannah',
    notes: 'Travel is 3 days a week on most projects. Suggested I talk to Raj about the PhD track.',
  },
  {
    person: 'jonas',
    status: 'met',
    dayOffset: 0,
    time: '08:30',
    format: 'in_person',
    place: 'Northwind lobby',
    notes: 'Deployment is half the job; clinicians are the hardest stakeholders.',
  },
  {
    person: 'marco',
    status: 'scheduled',
    dayOffset: 1,
    time: '14:00',
    format: 'in_person',
    place: 'Halvorsen Materials, building C, reception',
  },
  {
    person: 'sofia',
    status: 'scheduled',
    dayOffset: 6,
    time: '11:00',
    minutes: 20,
    format: 'video',
    place: 'https://meet.example/sofia',
  },
  { person: 'li', status: 'requested', changedDaysAgo: 2 },
  { person: 'raj', status: 'requested', changedDaysAgo: 5 },
  { person: 'priya', status: 'requested', changedDaysAgo: 11 },
  { person: 'tom', status: 'identified' },
  { person: 'kenji', status: 'identified' },
  {
    person: 'claire',
    status: 'declined',
    changedDaysAgo: 8,
    notes: 'Kindly declined: too busy until the spring.',
  },
  { person: 'oskar', status: 'no_response', changedDaysAgo: 3 },
  { person: 'felix', status: 'cancelled', notes: 'Cancelled after dropping the quant career.' },
  {
    person: 'amara',
    status: 'postponed',
    notes: 'Second chat about healthcare ML; she asked to move it after her deadline.',
  },
]
