import { lazy, Suspense } from 'react'
import { dayText } from '../../core/shared/date-words.ts'
import { useCareers } from '../api/careers.ts'
import { useToday } from '../api/outreach-settings.ts'
import { usePeople } from '../api/people.ts'
import { TodayAgenda } from '../components/agenda/today-agenda.tsx'
import { LoadError } from '../components/feedback/load-error.tsx'
import { PageSkeleton } from '../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { MailProposals } from '../components/mail/mail-proposals.tsx'
import { dateStyle } from '../components/records/date-style.ts'

// Seen once, on an empty install: its form (time zones, a select) stays out
// of the first page that every later visit loads.
const Welcome = lazy(() =>
  import('../components/today/welcome.tsx').then((m) => ({ default: m.Welcome })),
)

/** "Good morning" by the hour of the server's clock in the explorer's zone. */
function greeting(now: string, timeZone: string): string {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone }).format(
      new Date(now),
    ),
  )
  return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening'
}

/** The home page: a welcome while coffeechat is empty, then the server's agenda for today. */
export function TodayPage() {
  const careers = useCareers()
  const people = usePeople({ limit: 1 })
  const today = useToday()
  if (careers.isPending || people.isPending || today.isPending) return <PageSkeleton rows={3} />
  if (careers.data?.total === 0 && people.data?.total === 0)
    return (
      <Suspense fallback={<PageSkeleton rows={3} />}>
        <Welcome />
      </Suspense>
    )
  if (today.isError) return <LoadError error={today.error} onRetry={() => today.refetch()} />
  const agenda = today.data
  return (
    <>
      <PageHeader
        title={greeting(agenda.now, agenda.timeZone)}
        description={dayText(agenda.today, dateStyle(), agenda.today, 'long')}
      />
      <MailProposals />
      <TodayAgenda agenda={agenda} />
    </>
  )
}
