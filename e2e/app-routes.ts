import { readFileSync } from 'node:fs'
import { parseResponse } from 'hono/client'
import { api } from '../src/client/index.ts'

/** One page of the web app to visit: the route it belongs to and a URL that opens it. */
export interface AppRoute {
  /** The route's pattern as the router names it (`/people/:id/edit`). */
  pattern: string
  url: string
}

/** Ids of demo records that open every kind of page. */
export interface DemoIds {
  career: string
  organization: string
  person: string
  scheduled: string
  met: string
  draft: string
}

/** Picks, from the demo data, a record for each kind of page (a scheduled and a met conversation, a draft). */
export async function demoIds(baseUrl: string): Promise<DemoIds> {
  const client = api(`${baseUrl}/api`)
  const query = { query: { limit: '100' } }
  const careers = (await parseResponse(client.careers.$get(query))).items
  const people = (await parseResponse(client.people.$get(query))).items
  const organizations = (await parseResponse(client.organizations.$get(query))).items
  const conversations = (await parseResponse(client.conversations.$get(query))).items
  const drafts = (await parseResponse(client.messages.$get({ query: { status: 'draft' } }))).items
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the demo has no ${what}`)
    return value
  }
  return {
    career: need(careers.find((c) => c.name === 'Data scientist') ?? careers[0], 'career').id,
    organization: need(organizations[0], 'organization').id,
    person: need(
      people.find((p) => p.referredById !== null && p.emails.length > 0) ?? people[0],
      'person',
    ).id,
    scheduled: need(
      conversations.find((c) => c.status === 'scheduled'),
      'scheduled conversation',
    ).id,
    met: need(
      conversations.find((c) => c.status === 'met'),
      'met conversation',
    ).id,
    draft: need(drafts[0], 'draft').id,
  }
}

/** Every page of the app that local mode shows, with the demo's records. */
export function localRoutes(ids: DemoIds): AppRoute[] {
  const records = (base: string, id: string): AppRoute[] => [
    { pattern: `/${base}`, url: `/${base}` },
    { pattern: `/${base}/new`, url: `/${base}/new` },
    { pattern: `/${base}/:id`, url: `/${base}/${id}` },
    { pattern: `/${base}/:id/edit`, url: `/${base}/${id}/edit` },
  ]
  return [
    { pattern: '/', url: '/' },
    ...records('careers', ids.career),
    { pattern: '/careers/compare', url: '/careers/compare' },
    { pattern: '/careers/:id/board', url: `/careers/${ids.career}/board` },
    ...records('organizations', ids.organization),
    ...records('people', ids.person),
    { pattern: '/people/duplicates', url: '/people/duplicates' },
    ...records('conversations', ids.scheduled),
    { pattern: '/conversations/:id/prepare', url: `/conversations/${ids.scheduled}/prepare` },
    { pattern: '/conversations/:id/prep', url: `/conversations/${ids.scheduled}/prep` },
    { pattern: '/conversations/:id/meeting', url: `/conversations/${ids.scheduled}/meeting` },
    { pattern: '/conversations/:id/reflection', url: `/conversations/${ids.met}/reflection` },
    { pattern: '/questions', url: '/questions' },
    { pattern: '/drafts', url: '/drafts' },
    { pattern: '/drafts/new', url: `/drafts/new?personId=${ids.person}` },
    { pattern: '/drafts/:id', url: `/drafts/${ids.draft}` },
    { pattern: '/search', url: '/search?q=data' },
    { pattern: '/settings', url: '/settings' },
    { pattern: '/import', url: '/import' },
    { pattern: '*', url: '/no-such-page' },
  ]
}

/** The pages only hosted mode shows: before signing in, and the account's own. */
export const hostedRoutes: AppRoute[] = [
  { pattern: '/signin', url: '/signin' },
  { pattern: '/signup', url: '/signup' },
  { pattern: '/forgot-password', url: '/forgot-password' },
  { pattern: '/reset-password', url: '/reset-password?token=not-a-real-token' },
  { pattern: '/account', url: '/account' },
  { pattern: '/admin', url: '/admin' },
]

/**
 * Every path the router names, read from its source: each `path: '…'`
 * and `pageAt('…')` literal and each `recordRoutes('…')` base. The accessibility test checks
 * that every one of them ends a pattern it visits, so a page added to the
 * router cannot be left out (reading the source, not importing it, keeps
 * the test from loading the whole web app into Node).
 */
export function routerPaths(routerFile: string): string[] {
  const source = readFileSync(routerFile, 'utf8')
  const literals = [...source.matchAll(/(?:path: |pageAt\()'([^']+)'/g)].map(
    ([, path = '']) => path,
  )
  const bases = [...source.matchAll(/recordRoutes\('([^']+)'/g)].map(([, base = '']) => base)
  return [...new Set([...literals, ...bases])].sort()
}

/** Whether `path` (a router literal such as `new` or `conversations/:id/prep`) ends one of `patterns`. */
export function endsSomePattern(path: string, patterns: string[]): boolean {
  return patterns.some((pattern) => pattern === path || pattern.endsWith(`/${path}`))
}
