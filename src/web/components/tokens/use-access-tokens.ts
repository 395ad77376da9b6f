import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccessTokenCreate } from '../../../core/access-tokens/schema.ts'
import { client, request } from '../../api/request.ts'

const key = ['access-tokens']

/** The explorer's personal access tokens (never the tokens themselves). */
export function useAccessTokens() {
  return useQuery({ queryKey: key, queryFn: () => request(client.tokens.$get()) })
}

/** Makes a token; the answer carries the token this once. */
export function useCreateAccessToken() {
  const queries = useQueryClient()
  return useMutation({
    mutationFn: (input: AccessTokenCreate) => request(client.tokens.$post({ json: input })),
    onSuccess: () => queries.invalidateQueries({ queryKey: key }),
  })
}

export function useRevokeAccessToken() {
  const queries = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => request(client.tokens[':id'].$delete({ param: { id } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: key }),
  })
}
