import { useMutation, useQuery } from '@tanstack/react-query'
import { client, request } from '../../api/request.ts'

/** Whether the calendar feed is on (its URL is only known right after it is made). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: ['calendar', 'feed'],
    queryFn: () => request(client.calendar.feed.$get()),
  })
}

/** Makes the feed URL, or a new one; the answer carries the full URL this once. */
export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: () => request(client.calendar.feed.$post()) })
}

export function useDeleteCalendarFeed() {
  return useMutation({ mutationFn: () => request(client.calendar.feed.$delete()) })
}
