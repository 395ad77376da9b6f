import { useCareers } from '../../api/careers.ts'
import { useConversations } from '../../api/conversations.ts'
import { useSettings } from '../../api/settings.ts'
import { daysFromToday } from '../records/dates.ts'

/**
 * Today's agenda, put together in the browser from the record lists:
 * meetings by day, requests awaiting a reply and careers with too few
 * voices. (A server-side agenda can replace this hook wholesale.)
 */
export function useAgenda() {
  const scheduled = useConversations({ statuses: ['scheduled'], sort: 'upcoming', limit: 200 })
  const requested = useConversations({ statuses: ['requested'], sort: 'recent', limit: 200 })
  const careers = useCareers()
  const settings = useSettings()
  const meetings = scheduled.data?.items ?? []
  const withDay = meetings
    .filter((c) => c.scheduledAt)
    .map((c) => ({ conversation: c, day: daysFromToday(c.scheduledAt ?? '') }))
  const minPeople = settings.data?.settings.coverageMinPeople ?? 3
  return {
    isPending:
      scheduled.isPending || requested.isPending || careers.isPending || settings.isPending,
    error: scheduled.error ?? requested.error ?? careers.error ?? settings.error,
    overdue: withDay.filter((m) => m.day < 0).map((m) => m.conversation),
    today: withDay.filter((m) => m.day === 0).map((m) => m.conversation),
    tomorrow: withDay.filter((m) => m.day === 1).map((m) => m.conversation),
    later: withDay.filter((m) => m.day > 1).map((m) => m.conversation),
    awaitingReply: [...(requested.data?.items ?? [])].sort((a, b) =>
      a.statusChangedAt.localeCompare(b.statusChangedAt),
    ),
    underCovered: (careers.data?.items ?? []).filter(
      (c) => c.status !== 'dropped' && c.peopleCount < minPeople,
    ),
    minPeople,
  }
}
