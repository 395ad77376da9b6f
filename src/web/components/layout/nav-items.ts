import {
  IconBuildingSkyscraper,
  IconCompass,
  IconMail,
  IconMessages,
  IconQuestionMark,
  IconSearch,
  IconSettings,
  IconSunHigh,
  IconUsers,
} from '@tabler/icons-react'
import { paths } from '../records/paths.ts'

export const navItems = [
  { label: 'Today', to: paths.today, icon: IconSunHigh },
  { label: 'Careers', to: paths.careers, icon: IconCompass },
  { label: 'People', to: paths.people, icon: IconUsers },
  { label: 'Organizations', to: paths.organizations, icon: IconBuildingSkyscraper },
  { label: 'Conversations', to: paths.conversations, icon: IconMessages },
  { label: 'Messages', to: '/drafts', icon: IconMail },
  { label: 'Questions', to: paths.questions, icon: IconQuestionMark },
  { label: 'Search', to: paths.search, icon: IconSearch },
  { label: 'Settings', to: paths.settings, icon: IconSettings },
] as const

/** Whether a navigation entry is the section the explorer is in. */
export function isCurrent(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)
}
