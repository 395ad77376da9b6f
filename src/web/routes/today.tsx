import { useCareers } from '../api/careers.ts'
import { usePeople } from '../api/people.ts'
import { PageSkeleton } from '../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { Agenda } from '../components/today/agenda.tsx'
import { Welcome } from '../components/today/welcome.tsx'

function greeting(now: Date): string {
  const hour = now.getHours()
  return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening'
}

/** The home page: a welcome while coffeechat is empty, then the agenda. */
export function TodayPage() {
  const careers = useCareers()
  const people = usePeople({ limit: 1 })
  if (careers.isPending || people.isPending) return <PageSkeleton rows={3} />
  if (careers.data?.total === 0 && people.data?.total === 0) return <Welcome />
  const now = new Date()
  return (
    <>
      <PageHeader
        title={greeting(now)}
        description={new Intl.DateTimeFormat(undefined, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
        }).format(now)}
      />
      <Agenda />
    </>
  )
}
