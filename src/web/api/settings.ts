import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import type { SettingsPatch } from '../../core/settings/schema.ts'
import { client, request } from './request.ts'

/** Every setting: `settings` (the values) and `entries` (value, default and meaning of each). */
export function settingsQuery() {
  return queryOptions({ queryKey: ['settings'], queryFn: () => request(client.settings.$get()) })
}

export function useSettings() {
  return useQuery(settingsQuery())
}

export function useUpdateSettings() {
  return useMutation({
    mutationFn: (patch: SettingsPatch) => request(client.settings.$patch({ json: patch })),
  })
}

export function useResetSetting() {
  return useMutation({
    mutationFn: (key: string) => request(client.settings[':key'].$delete({ param: { key } })),
  })
}
