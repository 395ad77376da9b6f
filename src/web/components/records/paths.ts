import type { SearchTarget } from '../../../core/search/schema.ts'

/** Where each kind of record lives in the web app. */
export const paths = {
  today: '/',
  careers: '/careers',
  career: (id: string) => `/careers/${encodeURIComponent(id)}`,
  careerBoard: (id: string) => `/careers/${encodeURIComponent(id)}/board`,
  careersCompare: '/careers/compare',
  organizations: '/organizations',
  organization: (id: string) => `/organizations/${encodeURIComponent(id)}`,
  people: '/people',
  duplicates: '/people/duplicates',
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  conversations: '/conversations',
  conversation: (id: string) => `/conversations/${encodeURIComponent(id)}`,
  questions: '/questions',
  reflection: (id: string) => `/conversations/${encodeURIComponent(id)}/reflection`,
  search: '/search',
  settings: '/settings',
  import: '/import',
} as const

/** The page a search result opens, with the part of it (`#reflection`) when there is one. */
export function pathOfTarget(target: SearchTarget): string {
  if (target.section === 'reflection') return paths.reflection(target.id)
  const page = {
    person: paths.person,
    organization: paths.organization,
    career: paths.career,
    conversation: paths.conversation,
  }[target.page](target.id)
  return target.section ? `${page}#${target.section}` : page
}
