/**
 * The meeting's clock, as a pure function of the start, the promised length
 * and now: the countdown, a quiet warning a few minutes before the end, the
 * polite line at zero, then the overrun. Meeting mode in the web app and
 * `coffeechat meet` show the same numbers from it.
 */

export type MeetingPhase = 'not-started' | 'running' | 'warning' | 'time-up' | 'overrun' | 'ended'

export interface MeetingClockInput {
  startedAt: string | null
  endedAt: string | null
  promisedMinutes: number
  warnMinutesBefore: number
  extraMinutes: number
}

export interface MeetingClock {
  phase: MeetingPhase
  /** Seconds left of the promised time (0 once it is up). */
  remainingSeconds: number
  /** Seconds past the promised time (0 before it is up). */
  overSeconds: number
  /** Seconds since the start (to the end once ended). */
  elapsedSeconds: number
  /** What to say, when there is something to say. */
  line: string | null
}

/** How long the "time is up" moment lasts before the clock counts the overrun. */
const timeUpSeconds = 60

const words = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]

/**
 * The polite line for the end of the promised time.
 *
 * @example timeUpLine(5) // 'Our time is up — do you have five more minutes?'
 */
export function timeUpLine(extraMinutes: number): string {
  const n = words[extraMinutes] ?? String(extraMinutes)
  return `Our time is up — do you have ${n} more minute${extraMinutes === 1 ? '' : 's'}?`
}

/**
 * Where the meeting stands at `now`.
 *
 * @example meetingClock({ startedAt: '2026-03-02T09:00:00Z', endedAt: null, promisedMinutes: 30, warnMinutesBefore: 5, extraMinutes: 5 }, new Date('2026-03-02T09:26:00Z')).phase
 * // 'warning'
 */
export function meetingClock(input: MeetingClockInput, now: Date): MeetingClock {
  if (!input.startedAt) {
    return {
      phase: 'not-started',
      remainingSeconds: input.promisedMinutes * 60,
      overSeconds: 0,
      elapsedSeconds: 0,
      line: null,
    }
  }
  const start = Date.parse(input.startedAt)
  const until = input.endedAt ? Date.parse(input.endedAt) : now.getTime()
  const elapsedSeconds = Math.max(0, Math.floor((until - start) / 1000))
  const promised = input.promisedMinutes * 60
  const remainingSeconds = Math.max(0, promised - elapsedSeconds)
  const overSeconds = Math.max(0, elapsedSeconds - promised)
  if (input.endedAt) {
    return { phase: 'ended', remainingSeconds, overSeconds, elapsedSeconds, line: null }
  }
  if (elapsedSeconds < promised - input.warnMinutesBefore * 60) {
    return { phase: 'running', remainingSeconds, overSeconds, elapsedSeconds, line: null }
  }
  if (elapsedSeconds < promised) {
    const minutes = Math.ceil(remainingSeconds / 60)
    return {
      phase: 'warning',
      remainingSeconds,
      overSeconds,
      elapsedSeconds,
      line: `${minutes} minute${minutes === 1 ? '' : 's'} left — time to pick the most important questions.`,
    }
  }
  return {
    phase: overSeconds < timeUpSeconds ? 'time-up' : 'overrun',
    remainingSeconds,
    overSeconds,
    elapsedSeconds,
    line: timeUpLine(input.extraMinutes),
  }
}

/**
 * A number of seconds as m:ss (or h:mm:ss), for the timer.
 *
 * @example clockText(1500) // '25:00'
 */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}
