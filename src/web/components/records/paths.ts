/** Where each kind of record lives in the web app. */
export const paths = {
  today: '/',
  careers: '/careers',
  career: (id: string) => `/careers/${encodeURIComponent(id)}`,
  organizations: '/organizations',
  organization: (id: string) => `/organizations/${encodeURIComponent(id)}`,
  people: '/people',
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  conversations: '/conversations',
  conversation: (id: string) => `/conversations/${encodeURIComponent(id)}`,
  search: '/search',
  settings: '/settings',
  import: '/import',
} as const

/** The page of a search result's record, or null for a kind the app has no page for. */
export function pathOfKind(kind: string, id: string): string | null {
  switch (kind) {
    case 'person':
      return paths.person(id)
    case 'organization':
      return paths.organization(id)
    case 'career':
      return paths.career(id)
    case 'conversation':
      return paths.conversation(id)
    default:
      return null
  }
}
