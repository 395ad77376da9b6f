import { type QuestionTopic, questionTopicLabels, questionTopics } from '../questions/topics.ts'
import { fold } from '../text.ts'

const topicWords: Record<QuestionTopic, readonly string[]> = {
  path: ['path', 'route', 'first job', 'get into', 'got into', 'background', 'start'],
  'day-to-day': ['day', 'week', 'typical', 'meeting', 'tools', 'project', 'team'],
  likes: ['like', 'enjoy', 'best', 'favourite', 'favorite', 'love'],
  dislikes: ['dislike', 'frustrat', 'worst', 'hate', 'annoy', 'leave'],
  compensation: ['pay', 'salar', 'earn', 'bonus', 'compensation', 'money', 'equity', 'raise'],
  hours: ['hour', 'overtime', 'travel', 'weekend', 'evening', 'remote', 'flexib', 'balance'],
  'skills-training': [
    'skill',
    'learn',
    'course',
    'degree',
    'certif',
    'training',
    'phd',
    'study',
    'qualif',
  ],
  'industry-trends': ['trend', 'future', 'change', 'growing', 'shrinking', 'next five', 'ai '],
  advice: ['advice', 'recommend', 'should i', 'would you', 'differently', 'mistake'],
  'resources-referrals': [
    'read',
    'book',
    'podcast',
    'who else',
    'introduce',
    'communit',
    'meetup',
    'conference',
    'newsletter',
  ],
}

/**
 * The topics of the question bank, in the order the comparison grid shows
 * them, with the words that suggest each. `core` topics are the ones a
 * career's picture is incomplete without; nobody having answered one is a
 * gap. Resources and referrals help the search but are not part of the picture.
 */
export const boardTopics = questionTopics.map((key) => ({
  key,
  label: questionTopicLabels[key],
  core: key !== 'resources-referrals',
  words: topicWords[key],
}))

export type BoardTopic = QuestionTopic

const topicKeys = new Set<string>(boardTopics.map((t) => t.key))

/** The label of a topic key; unknown keys (from a newer bank) show as they are. */
export function topicLabel(key: string): string {
  return boardTopics.find((t) => t.key === key)?.label ?? key
}

export function isBoardTopic(key: string): key is BoardTopic {
  return topicKeys.has(key)
}

/**
 * The likeliest topic of a question typed in a reflection, from its words;
 * day-to-day when nothing hints otherwise. The explorer can change it later.
 *
 * @example guessTopic('What does a junior earn in Munich?') // 'compensation'
 */
export function guessTopic(text: string): BoardTopic {
  // Words match at their start only, so "learn" never reads as "earn".
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  // Compensation and hours first: their words are the least ambiguous.
  const order: BoardTopic[] = [
    'compensation',
    'hours',
    'skills-training',
    'resources-referrals',
    'industry-trends',
    'dislikes',
    'likes',
    'advice',
    'path',
    'day-to-day',
  ]
  for (const key of order) {
    const topic = boardTopics.find((t) => t.key === key)
    if (topic?.words.some((word) => folded.includes(` ${word}`))) return key
  }
  return 'day-to-day'
}

/** Which topic each reflection field speaks to, for the comparison grid. */
export const reflectionTopics = {
  dayToDay: 'day-to-day',
  training: 'skills-training',
  pros: 'likes',
  cons: 'dislikes',
  pay: 'compensation',
} as const satisfies Record<string, BoardTopic>
