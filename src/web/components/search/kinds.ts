import {
  IconBuildingSkyscraper,
  IconCompass,
  IconFileText,
  IconMessages,
  IconUser,
} from '@tabler/icons-react'

export const kindLabels: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  career: 'Career',
  conversation: 'Conversation',
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
    default:
      return IconFileText
  }
}
