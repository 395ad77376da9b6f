import { useQuery } from '@tanstack/react-query'
import type { MeetingMark, MeetingPatch, ReferralCreate } from '../../core/meetings/schema.ts'
import { conversationPart } from './record-hooks.ts'
import { client, request } from './request.ts'

export const meetingKey = (conversationId: string) => ['meetings', conversationId] as const

/** Notes, actual start and end, overrun and referrals of a conversation's meeting. */
export function useMeeting(conversationId: string) {
  return useQuery(
    conversationPart('meetings', client.conversations[':id'].meeting.$get, conversationId),
  )
}

export function sendMeetingPatch(conversationId: string, patch: MeetingPatch) {
  return request(
    client.conversations[':id'].meeting.$patch({ param: { id: conversationId }, json: patch }),
  )
}

export function sendMeetingStart(conversationId: string, mark: MeetingMark) {
  return request(
    client.conversations[':id'].meeting.start.$post({ param: { id: conversationId }, json: mark }),
  )
}

export function sendMeetingEnd(conversationId: string, mark: MeetingMark) {
  return request(
    client.conversations[':id'].meeting.end.$post({ param: { id: conversationId }, json: mark }),
  )
}

export function sendReferral(conversationId: string, referral: ReferralCreate) {
  return request(
    client.conversations[':id'].referrals.$post({ param: { id: conversationId }, json: referral }),
  )
}
