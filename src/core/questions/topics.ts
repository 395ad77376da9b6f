/**
 * How the question bank is tagged: by topic, by TIARA letter (Trends,
 * Insights, Advice, Resources, Assignments, from The 2-Hour Job Search) and
 * by specificity (questions move from general to specific as an explorer
 * learns a career).
 */

export const questionTopics = [
  'path',
  'day-to-day',
  'likes',
  'dislikes',
  'compensation',
  'hours',
  'skills-training',
  'industry-trends',
  'advice',
  'resources-referrals',
] as const
export type QuestionTopic = (typeof questionTopics)[number]

export const questionTopicLabels = {
  path: 'Path into the role',
  'day-to-day': 'Day-to-day',
  likes: 'Likes',
  dislikes: 'Dislikes',
  compensation: 'Compensation',
  hours: 'Hours and lifestyle',
  'skills-training': 'Skills and training',
  'industry-trends': 'Industry trends',
  advice: 'Advice',
  'resources-referrals': 'Resources and referrals',
} as const satisfies Record<QuestionTopic, string>

export const tiaraLetters = ['trends', 'insights', 'advice', 'resources', 'assignments'] as const
export type TiaraLetter = (typeof tiaraLetters)[number]

export const tiaraLabels = {
  trends: 'Trends',
  insights: 'Insights',
  advice: 'Advice',
  resources: 'Resources',
  assignments: 'Assignments',
} as const satisfies Record<TiaraLetter, string>

/** What each TIARA letter asks for, for tooltips and the prep sheet. */
export const tiaraDescriptions = {
  trends: 'Where the field is going, and what is changing it',
  insights: 'What they know from doing the work, that no posting says',
  advice: 'What they would do in your place',
  resources: 'People, reading, communities and events worth your time',
  assignments: 'A small task or project to test whether the work suits you',
} as const satisfies Record<TiaraLetter, string>

export const specificities = ['general', 'specific'] as const
export type Specificity = (typeof specificities)[number]

export const specificityLabels = {
  general: 'General: works for any career',
  specific: 'Specific: about this career or your background',
} as const satisfies Record<Specificity, string>
