import type { Conversation } from '../../../core/conversations/schema.ts'
import { paths } from '../records/paths.ts'

/** What a command looks like in the palette, which picks its icon by `kind`. */
export type CommandKind = 'create' | 'go' | 'meeting' | 'prepare'

/** One thing the command palette (Ctrl+K) can do besides searching. */
export interface PaletteCommand {
  id: string
  kind: CommandKind
  label: string
  /** A second line: when a meeting is, what a page holds. */
  hint?: string
  /** More words it answers to (an organization, "add", "create"). */
  keywords: string
  /** The page it opens. */
  to: string
}

const create = (id: string, label: string, to: string, keywords: string): PaletteCommand => ({
  id: `new-${id}`,
  kind: 'create',
  label,
  to,
  keywords: `add create make ${keywords}`,
})

const go = (id: string, label: string, to: string, keywords = ''): PaletteCommand => ({
  id: `go-${id}`,
  kind: 'go',
  label,
  to,
  keywords: `go open page ${keywords}`,
})

/** The commands every explorer has: new records, and every page of the navigation. */
export const fixedCommands: readonly PaletteCommand[] = [
  go('today', 'Today', paths.today, 'home agenda due start'),
  create('person', 'New person', `${paths.people}/new`, 'contact someone'),
  create('career', 'New career', `${paths.careers}/new`, 'path job role'),
  create('organization', 'New organization', `${paths.organizations}/new`, 'company employer'),
  create(
    'conversation',
    'New conversation',
    `${paths.conversations}/new`,
    'chat meeting interview',
  ),
  create('draft', 'New message', '/drafts/new', 'draft email outreach write'),
  go('careers', 'Careers', paths.careers),
  go('compare', 'Compare careers', paths.careersCompare, 'decide side'),
  go('people', 'People', paths.people, 'contacts'),
  go('organizations', 'Organizations', paths.organizations, 'companies'),
  go('conversations', 'Conversations', paths.conversations, 'chats meetings'),
  go('messages', 'Messages', '/drafts', 'drafts emails sent'),
  go('questions', 'Questions', paths.questions, 'bank'),
  go('import', 'Import contacts', paths.import, 'linkedin csv vcard'),
  go('settings', 'Settings', paths.settings, 'name time zone clock preferences'),
]

/**
 * For each upcoming conversation: start its meeting, and prepare for it.
 * `when` writes its start as the rest of the app does.
 */
export function meetingCommands<C extends Pick<Conversation, 'id' | 'person' | 'organization'>>(
  upcoming: readonly C[],
  when: (conversation: C) => string | null,
): PaletteCommand[] {
  return upcoming.flatMap((c) => {
    const at = when(c) ?? undefined
    const keywords = `${c.organization ?? ''} conversation`
    return [
      {
        id: `meet-${c.id}`,
        kind: 'meeting' as const,
        label: `Start meeting with ${c.person}`,
        hint: at,
        keywords: `meeting mode run begin ${keywords}`,
        to: `${paths.conversation(c.id)}/meeting`,
      },
      {
        id: `prepare-${c.id}`,
        kind: 'prepare' as const,
        label: `Prepare for ${c.person}`,
        hint: at,
        keywords: `plan questions prep ${keywords}`,
        to: `${paths.conversation(c.id)}/prepare`,
      },
    ]
  })
}

function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * The commands a query asks for: every word typed starts a word of the
 * command's label or keywords ("new pe" finds New person, "meet ada" Start
 * meeting with Ada Lovelace). Those whose label matches come first.
 *
 * @example matchCommands(fixedCommands, 'new per').map((c) => c.label) // ['New person']
 */
export function matchCommands(
  commands: readonly PaletteCommand[],
  query: string,
): PaletteCommand[] {
  const typed = wordsOf(query)
  if (typed.length === 0) return []
  const scored: Array<{ command: PaletteCommand; label: boolean }> = []
  for (const command of commands) {
    const label = wordsOf(command.label)
    const all = [...label, ...wordsOf(command.keywords)]
    if (!typed.every((word) => all.some((w) => w.startsWith(word)))) continue
    scored.push({ command, label: typed.every((word) => label.some((w) => w.startsWith(word))) })
  }
  return [...scored.filter((s) => s.label), ...scored.filter((s) => !s.label)].map((s) => s.command)
}
