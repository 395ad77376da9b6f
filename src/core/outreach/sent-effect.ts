import { z } from 'zod'

/**
 * What marking a message sent moved, kept with the message (`sent_effect`,
 * 0017) so that taking it back undoes exactly that and nothing more. The
 * cadence (3B7, responsiveness) and Today are derived from the messages and
 * need no note: they follow the message back to draft by themselves.
 */
export const SentEffect = z.object({
  conversationId: z.string(),
  /** Sending started this conversation (an outreach to someone with none open). */
  started: z.boolean(),
  /** The draft had no conversation and sending linked it to this one. */
  linked: z.boolean(),
  /** The status sending moved it from, with when that status began; null when unchanged. */
  statusFrom: z.string().nullable(),
  statusFromChangedAt: z.string().nullable(),
  /** The status after sending, and the instant that move was stamped with. */
  statusTo: z.string(),
  statusChangedAt: z.string(),
})
export type SentEffect = z.infer<typeof SentEffect>

/** The stored note, or null when there is none or it cannot be read (then nothing is undone). */
export function readSentEffect(text: string | null): SentEffect | null {
  if (!text) return null
  try {
    const parsed = SentEffect.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
