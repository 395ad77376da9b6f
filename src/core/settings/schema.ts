import { z } from 'zod'
import { isTimeZone } from '../rules/time-zones.ts'
import { Text } from '../shared/schema.ts'

const clockTime = Text.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, such as 21:00')
const isoDate = Text.regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD dates')
const whole = (min: number, max: number) => z.number().int().min(min).max(max)

export { isTimeZone }

/**
 * Every number of the method. Sources disagree on several of them, so each
 * is a setting with the product brief's default, never a constant in code.
 */
export const Settings = z.object({
  timeZone: Text.refine(isTimeZone, 'not a known IANA time zone, such as Europe/Berlin')
    .nullable()
    .describe("Your time zone; empty means this machine's"),
  outreachMaxWords: whole(20, 400).describe('Word limit of a first email'),
  conversationMinutes: whole(5, 180).describe(
    'Promised length of a conversation, and the longest a first email may ask for',
  ),
  coverageMinPeople: whole(1, 50).describe('People to talk to per career'),
  coverageMinOrganizations: whole(1, 50).describe('Organizations those people come from'),
  secondContactAfterBusinessDays: whole(1, 30).describe(
    'Business days without a reply before writing to a second person there (3B7)',
  ),
  followUpAfterBusinessDays: whole(1, 60).describe(
    'Business days without a reply before the one follow-up (3B7)',
  ),
  maxAttemptsPerPerson: whole(1, 5).describe('Messages to one person, the follow-up included'),
  boosterWithinBusinessDays: whole(1, 30).describe(
    'A reply within this many business days makes a booster',
  ),
  weekendDays: z
    .array(whole(1, 7))
    .max(6)
    .describe('ISO weekdays that are not business days (6 = Saturday, 7 = Sunday)'),
  holidays: z.array(isoDate).max(400).describe('Dates that are not business days'),
  thankYouDeadline: clockTime.describe('The thank-you is due by this time on the meeting day'),
  reflectionDeadline: clockTime.describe('The reflection is due by this time on the meeting day'),
  confirmationDaysBefore: whole(0, 14).describe('Days before the meeting to confirm it'),
  progressUpdateAfterDays: whole(1, 120).describe('Days after the meeting for a progress update'),
  monthlyCheckIn: z.boolean().describe('Suggest regular check-ins with people who helped'),
  checkInEveryDays: whole(7, 365).describe('Days between check-ins'),
  referralAskAfterDays: whole(0, 60).describe(
    'Days after a meeting before asking a booster for referrals',
  ),
  questionsRecommendedMin: whole(1, 50).describe('Fewest questions to plan'),
  questionsRecommendedMax: whole(1, 50).describe('Most questions to plan'),
  questionsWarnAbove: whole(1, 100).describe('Warn when a plan has more questions than this'),
  meetingWarnMinutesBefore: whole(1, 30).describe('Quiet warning this many minutes before the end'),
  meetingExtraMinutes: whole(1, 30).describe('Extra minutes to ask for when the time is up'),
  feedPastDays: whole(0, 3650).describe('Past days kept in the calendar feed'),
  mailtoMaxLength: whole(200, 8000).describe('Longest mailto: link to offer'),
  mailCheckEveryMinutes: whole(1, 1440).describe(
    'Minutes between two checks of your connected mailbox while the server runs',
  ),
  explorerName: Text.trim()
    .max(200)
    .describe('Your name, as you sign your messages ({myName} in templates)'),
  clock: z
    .enum(['24h', '12h'])
    .nullable()
    .describe('How times are written: 24h (15:00) or 12h (3:00 PM); empty follows your locale'),
  welcomeDone: z
    .boolean()
    .describe('The first-run welcome was answered or skipped (false shows it again)'),
})
export type Settings = z.infer<typeof Settings>
export type SettingKey = keyof Settings

export const defaultSettings: Settings = {
  timeZone: null,
  outreachMaxWords: 75,
  conversationMinutes: 30,
  coverageMinPeople: 3,
  coverageMinOrganizations: 2,
  secondContactAfterBusinessDays: 3,
  followUpAfterBusinessDays: 7,
  maxAttemptsPerPerson: 2,
  boosterWithinBusinessDays: 3,
  weekendDays: [6, 7],
  holidays: [],
  thankYouDeadline: '21:00',
  reflectionDeadline: '23:59',
  confirmationDaysBefore: 1,
  progressUpdateAfterDays: 14,
  monthlyCheckIn: false,
  checkInEveryDays: 30,
  referralAskAfterDays: 7,
  questionsRecommendedMin: 5,
  questionsRecommendedMax: 10,
  questionsWarnAbove: 12,
  meetingWarnMinutesBefore: 5,
  meetingExtraMinutes: 5,
  feedPastDays: 90,
  mailtoMaxLength: 2000,
  mailCheckEveryMinutes: 10,
  explorerName: '',
  clock: null,
  welcomeDone: false,
}

export const settingKeys = Object.keys(Settings.shape) as SettingKey[]

export const SettingsPatch = Settings.partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>

/** One setting as the list shows it: its value, default and meaning. */
export const SettingEntry = z.object({
  key: Text,
  value: z.unknown(),
  defaultValue: z.unknown(),
  isDefault: z.boolean(),
  description: Text,
})
export type SettingEntry = z.infer<typeof SettingEntry>
