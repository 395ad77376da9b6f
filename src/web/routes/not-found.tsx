import { NotFound } from '../components/feedback/not-found.tsx'

export function NotFoundPage() {
  return <NotFound />
}
