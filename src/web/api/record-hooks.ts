import { mutationOptions, queryOptions } from '@tanstack/react-query'
import type { ClientResponse } from 'hono/client'
import { request } from './request.ts'

type Answer = ClientResponse<unknown>
type ById = { param: { id: string } }

/** Which page of a long list to ask for. */
export interface PageFilter {
  limit?: number | undefined
  offset?: number | undefined
}

/** A page of a list as the server's query reads it, `limit` records from `offset` (`size` unless said). */
export function pageQuery(filter: PageFilter, size: number) {
  return { limit: String(filter.limit ?? size), offset: String(filter.offset ?? 0) }
}

/** The typed client of one REST resource (`client.people`), as `server/routes/crud.ts` defines it. */
export interface RecordEndpoints<
  Query,
  Create,
  Patch,
  Listed extends Answer,
  Read extends Answer,
  Created extends Answer,
  Changed extends Answer,
  Deleted extends Answer,
> {
  $get: (args: { query: Query }) => Promise<Listed>
  $post: (args: { json: Create }) => Promise<Created>
  ':id': {
    $get: (args: ById) => Promise<Read>
    $patch: (args: { param: { id: string }; json: Patch }) => Promise<Changed>
    $delete: (args: ById) => Promise<Deleted>
  }
}

/**
 * What the hooks of a resource ask, written once: a page of its records
 * keyed `[key, 'list', filter]` (`toQuery` turns the page's filter into the
 * query the server reads), one record keyed `[key, 'one', id]`, and create,
 * change (the id travels with the patch, so one hook serves a whole list)
 * and delete. Two calls, because the route
 * factory leaves request bodies untyped in the client: the first names the
 * bodies, the second takes the answers from the client.
 *
 * @example
 * const people = recordRequests<PersonCreate, PersonPatch>()(client.people, 'people', toQuery)
 * export const useCreatePerson = () => useMutation(people.create)
 */
export function recordRequests<Create, Patch>() {
  return <
    Filter,
    Query,
    Listed extends Answer,
    Read extends Answer,
    Created extends Answer,
    Changed extends Answer,
    Deleted extends Answer,
  >(
    endpoints: RecordEndpoints<Query, Create, Patch, Listed, Read, Created, Changed, Deleted>,
    key: string,
    toQuery: (filter: Filter) => Query,
  ) => ({
    list: (filter: Filter) =>
      queryOptions({
        queryKey: [key, 'list', filter],
        queryFn: () => request(endpoints.$get({ query: toQuery(filter) })),
      }),
    one: (id: string, options: { enabled?: boolean } = {}) =>
      queryOptions({
        ...options,
        queryKey: [key, 'one', id],
        queryFn: () => request(endpoints[':id'].$get({ param: { id } })),
      }),
    create: mutationOptions({
      mutationFn: (record: Create) => request(endpoints.$post({ json: record })),
    }),
    update: mutationOptions({
      mutationFn: ({ id, patch }: { id: string; patch: Patch }) =>
        request(endpoints[':id'].$patch({ param: { id }, json: patch })),
    }),
    remove: mutationOptions({
      mutationFn: (id: string) => request(endpoints[':id'].$delete({ param: { id } })),
    }),
  })
}

/**
 * One part of a conversation kept by its own resource (its meeting, plan or
 * reflection), keyed `[key, conversationId]` and read from
 * `/conversations/:id/<part>`.
 *
 * @example useQuery(conversationPart('plans', client.conversations[':id'].plan.$get, id))
 */
export function conversationPart<Read extends Answer>(
  key: string,
  get: (args: ById) => Promise<Read>,
  conversationId: string,
  options: { enabled?: boolean } = {},
) {
  return queryOptions({
    ...options,
    queryKey: [key, conversationId],
    queryFn: () => request(get({ param: { id: conversationId } })),
  })
}
