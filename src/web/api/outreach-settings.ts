import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import type { SmtpSettingsInput, TemplateSave } from '../../core/outreach/schema.ts'
import { client, request } from './request.ts'

export function useSmtpSettings() {
  return useQuery({ queryKey: ['smtp'], queryFn: () => request(client.smtp.$get()) })
}

export function useSaveSmtp() {
  return useMutation({
    mutationFn: (settings: SmtpSettingsInput) => request(client.smtp.$put({ json: settings })),
  })
}

export function useDeleteSmtp() {
  return useMutation({ mutationFn: () => request(client.smtp.$delete()) })
}

/** Connects and signs in, sending nothing; errors are shown beside the form. */
export function useTestSmtp() {
  return useMutation({
    mutationFn: () => request(client.smtp.test.$post()),
    meta: { inlineErrors: true },
  })
}

export function useTemplates() {
  return useQuery({ queryKey: ['templates'], queryFn: () => request(client.templates.$get()) })
}

export function useSaveTemplate() {
  return useMutation({
    mutationFn: ({ key, template }: { key: string; template: TemplateSave }) =>
      request(client.templates[':key'].$put({ param: { key }, json: template })),
    // An unknown {variable} is shown under its field.
    meta: { inlineErrors: true },
  })
}

export function useResetTemplate() {
  return useMutation({
    mutationFn: (key: string) => request(client.templates[':key'].$delete({ param: { key } })),
  })
}

export function useToday() {
  return useQuery(todayQuery())
}

/** The query behind `useToday`, for fetching it before its page draws (`app/prefetch.ts`). */
export function todayQuery() {
  return queryOptions({ queryKey: ['today'], queryFn: () => request(client.today.$get()) })
}
