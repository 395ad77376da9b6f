import type { SettingKey } from '../../../core/settings/schema.ts'

/** Settings grouped by the step of the method they shape; unknown keys land in "Other". */
export const settingGroups: { title: string; keys: SettingKey[] }[] = [
  {
    title: 'Reaching out',
    keys: [
      'explorerName',
      'outreachMaxWords',
      'conversationMinutes',
      'mailtoMaxLength',
      'mailCheckEveryMinutes',
    ],
  },
  { title: 'Coverage', keys: ['coverageMinPeople', 'coverageMinOrganizations'] },
  {
    title: 'Following up (3B7)',
    keys: [
      'secondContactAfterBusinessDays',
      'followUpAfterBusinessDays',
      'maxAttemptsPerPerson',
      'boosterWithinBusinessDays',
    ],
  },
  { title: 'Calendar', keys: ['timeZone', 'clock', 'weekendDays', 'holidays', 'feedPastDays'] },
  {
    title: 'After a meeting',
    keys: [
      'thankYouDeadline',
      'reflectionDeadline',
      'confirmationDaysBefore',
      'progressUpdateAfterDays',
      'monthlyCheckIn',
      'checkInEveryDays',
      'referralAskAfterDays',
    ],
  },
  {
    title: 'Preparing and meeting',
    keys: [
      'questionsRecommendedMin',
      'questionsRecommendedMax',
      'questionsWarnAbove',
      'meetingWarnMinutesBefore',
      'meetingExtraMinutes',
    ],
  },
]

/** "outreachMaxWords" → "Outreach max words". */
/** Labels that the key's words would put in the third person: the page speaks to you. */
const labels: Partial<Record<string, string>> = { explorerName: 'Your name' }

export function settingLabel(key: string): string {
  const label = labels[key]
  if (label) return label
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Kept by the app itself, not set on this page (the first-run welcome says it was answered). */
const internalKeys = new Set<string>(['welcomeDone'] satisfies SettingKey[])

export function groupEntries<E extends { key: string }>(
  all: readonly E[],
): { title: string; entries: E[] }[] {
  const entries = all.filter((e) => !internalKeys.has(e.key))
  const placed = new Set<string>(settingGroups.flatMap((g) => g.keys))
  const groups = settingGroups
    .map((group) => ({
      title: group.title,
      entries: group.keys.flatMap((key) => entries.filter((e) => e.key === key)),
    }))
    .filter((group) => group.entries.length > 0)
  const other = entries.filter((e) => !placed.has(e.key))
  return other.length > 0 ? [...groups, { title: 'Other', entries: other }] : groups
}
