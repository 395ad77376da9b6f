import type {
  Conversation,
  ConversationCreate,
  ConversationFormat,
} from '../../../core/conversations/schema.ts'
import type { ConversationStatus } from '../../../core/conversations/status.ts'
import type { FieldOf, FormErrors } from '../../components/forms/validation.ts'
import { browserTimeZone } from '../../components/records/dates.ts'

export interface ConversationValues {
  personId: string | null
  careerIds: string[]
  status: ConversationStatus
  /** The day, YYYY-MM-DD, in `timeZone`; empty when not set. */
  date: string
  /** The time of day, HH:MM, in `timeZone`. */
  time: string
  timeZone: string
  durationMinutes: number | string
  format: ConversationFormat | null
  place: string
  notes: string
}

export interface ConversationPrefill {
  personId?: string | null
  careerId?: string | null
  status?: ConversationStatus | null
  durationMinutes?: number
}

export function conversationValues(
  conversation?: Conversation,
  prefill: ConversationPrefill = {},
): ConversationValues {
  const local = conversation?.scheduledLocal ?? null
  return {
    personId: conversation?.personId ?? prefill.personId ?? null,
    careerIds: conversation?.careerIds ?? (prefill.careerId ? [prefill.careerId] : []),
    status: prefill.status ?? conversation?.status ?? 'identified',
    date: local ? local.slice(0, 10) : '',
    time: local ? local.slice(11, 16) : '',
    timeZone: conversation?.timeZone ?? browserTimeZone(),
    durationMinutes: conversation?.durationMinutes ?? prefill.durationMinutes ?? 30,
    format: conversation?.format ?? null,
    place: conversation?.place ?? '',
    notes: conversation?.notes ?? '',
  }
}

/**
 * The request body: the start goes as the wall-clock time typed
 * (`2026-03-05T15:00`) together with its time zone, so the server turns it
 * into an instant with the zone's rules, daylight saving included.
 */
export function conversationBody(values: ConversationValues) {
  const scheduled = Boolean(values.date)
  return {
    personId: values.personId ?? '',
    careerIds: values.careerIds,
    status: values.status,
    scheduledAt: scheduled ? `${values.date}T${values.time || '00:00'}` : null,
    timeZone: scheduled ? values.timeZone : null,
    durationMinutes:
      typeof values.durationMinutes === 'number' ? values.durationMinutes : Number.NaN,
    format: values.format,
    place: values.place,
    notes: values.notes,
  } satisfies ConversationCreate
}

/** The start's issues belong to the date field; everything else to its own. */
export const conversationFieldOf: FieldOf = (path) => {
  const field = path.split('.')[0] ?? ''
  return field === 'scheduledAt' ? 'date' : field
}

/** What the schema cannot say in the form's words. */
export function conversationChecks(values: ConversationValues): FormErrors {
  const errors: FormErrors = {}
  if (!values.personId) errors.personId = 'pick the person you will talk to'
  if (values.date && !values.time) errors.time = 'pick a time too'
  if (!values.date && values.time) errors.date = 'pick a day for that time'
  if (typeof values.durationMinutes !== 'number')
    errors.durationMinutes = 'give the length in minutes'
  return errors
}
