import {
  IconBuildingSkyscraper,
  IconBulb,
  IconCompass,
  IconFileText,
  IconMessageQuestion,
  IconMessages,
  IconNotes,
  IconUser,
} from '@tabler/icons-react'

export const kindLabels: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  career: 'Career',
  conversation: 'Conversation',
  meeting: 'Meeting notes',
  answer: 'Answer',
  reflection: 'Reflection',
}

export const kindPlurals: Record<string, string> = {
  person: 'People',
  organization: 'Organizations',
  career: 'Careers',
  conversation: 'Conversations',
  meeting: 'Meeting notes',
  answer: 'Answers',
  reflection: 'Reflections',
}

export function kindIcon(kind: string) {
  switch (kind) {
    case 'person':
      return IconUser
    case 'organization':
      return IconBuildingSkyscraper
    case 'career':
      return IconCompass
    case 'conversation':
      return IconMessages
    case 'meeting':
      return IconNotes
    case 'answer':
      return IconMessageQuestion
    case 'reflection':
      return IconBulb
    default:
      return IconFileText
  }
}
