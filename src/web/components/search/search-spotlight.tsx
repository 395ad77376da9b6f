import { Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core'
import { useDebouncedValue, useHotkeys } from '@mantine/hooks'
import { Spotlight, spotlight } from '@mantine/spotlight'
import {
  IconArrowRight,
  IconNotes,
  IconPlayerPlay,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { useConversations } from '../../api/conversations.ts'
import { useSearch } from '../../api/search.ts'
import { formatStart } from '../records/dates.ts'
import { pathOfTarget, paths } from '../records/paths.ts'
import {
  type CommandKind,
  fixedCommands,
  matchCommands,
  meetingCommands,
  type PaletteCommand,
} from './commands.ts'
import { kindIcon, kindLabels } from './kinds.ts'
import { Snippet } from './snippet.tsx'

const commandIcons: Record<CommandKind, typeof IconPlus> = {
  create: IconPlus,
  go: IconArrowRight,
  meeting: IconPlayerPlay,
  prepare: IconNotes,
}

/** What an empty palette offers: the day, the next meetings, new records. */
const firstShown = ['go-today', 'new-person', 'new-career', 'new-organization']

/**
 * The command palette reachable from every page (Ctrl+K, / or the header):
 * actions (new records, the pages, start or prepare each upcoming meeting)
 * and full-text search as you type.
 */
export function SearchSpotlight() {
  const [query, setQuery] = useState('')
  // Ctrl+K works wherever the explorer is, a form field included (Mantine's
  // own shortcut ignores keys typed in a field); "/" only outside fields, where
  // it is not a character being typed.
  useHotkeys([['mod+K', spotlight.open]], [], true)
  useHotkeys([['/', spotlight.open]])
  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={480}
    >
      <PaletteBody query={query} />
    </Spotlight.Root>
  )
}

/**
 * What the open palette shows. Drawn only while it is open, so its requests
 * (the search, the upcoming meetings) are asked then and never before.
 */
function PaletteBody({ query }: { query: string }) {
  const [debounced] = useDebouncedValue(query, 180)
  const navigate = useNavigate()
  const search = useSearch({ q: debounced, limit: 8 })
  const upcoming = useConversations({ statuses: ['scheduled'], sort: 'upcoming', limit: 6 })
  const commands = useMemo(
    () => [...fixedCommands, ...meetingCommands(upcoming.data?.items ?? [], formatStart)],
    [upcoming.data],
  )
  const words = query.trim()
  const shownCommands = words
    ? matchCommands(commands, words).slice(0, 6)
    : [
        ...commands.filter((c) => c.id === 'go-today'),
        ...commands.filter((c) => c.kind === 'meeting').slice(0, 3),
        ...commands.filter((c) => firstShown.includes(c.id) && c.id !== 'go-today'),
      ]
  const results = debounced.trim() ? (search.data?.results ?? []) : []
  return (
    <>
      <Spotlight.Search
        placeholder="Search, or type a command: new person, today…"
        aria-label="Search or run a command"
        leftSection={
          search.isFetching ? <Loader size={16} /> : <IconSearch size={18} stroke={1.6} />
        }
      />
      <Spotlight.ActionsList aria-label="Actions and results">
        {shownCommands.length > 0 ? (
          <Spotlight.ActionsGroup label="Actions">
            {shownCommands.map((command) => (
              <CommandAction
                key={command.id}
                command={command}
                onRun={() => navigate(command.to)}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {results.length > 0 ? (
          <Spotlight.ActionsGroup label="Found">
            {results.map((result) => {
              const to = pathOfTarget(result.target)
              const Icon = kindIcon(result.kind)
              return (
                <Spotlight.Action
                  key={`${result.kind}:${result.id}`}
                  onClick={() => to && navigate(to)}
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm" w="100%">
                    <ThemeIcon variant="light" size="md" mt={2} aria-hidden>
                      <Icon size={16} stroke={1.6} />
                    </ThemeIcon>
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {result.title}{' '}
                        <Text span size="xs" c="dimmed" fw={400}>
                          {kindLabels[result.kind] ?? result.kind}
                        </Text>
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        <Snippet parts={result.snippet} />
                      </Text>
                    </Stack>
                  </Group>
                </Spotlight.Action>
              )
            })}
          </Spotlight.ActionsGroup>
        ) : null}
        {words &&
        !search.isFetching &&
        debounced.trim() &&
        results.length === 0 &&
        shownCommands.length === 0 ? (
          <Spotlight.Empty>Nothing found for “{words}”.</Spotlight.Empty>
        ) : null}
        {words ? (
          <Spotlight.Action
            onClick={() => navigate(`${paths.search}?q=${encodeURIComponent(words)}`)}
          >
            <Group gap="xs">
              <IconSearch size={16} stroke={1.6} />
              <Text size="sm">All results for “{words}”</Text>
            </Group>
          </Spotlight.Action>
        ) : (
          <Text size="xs" c="dimmed" px="sm" py="xs">
            Type a name, an organization or a word from your notes to search; or a command such as
            “new person”, “today”, “start meeting”.
          </Text>
        )}
      </Spotlight.ActionsList>
    </>
  )
}

function CommandAction({ command, onRun }: { command: PaletteCommand; onRun: () => void }) {
  const Icon = commandIcons[command.kind]
  return (
    <Spotlight.Action onClick={onRun}>
      <Group wrap="nowrap" gap="sm" w="100%">
        <ThemeIcon variant="light" size="md" aria-hidden>
          <Icon size={16} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {command.label}
          </Text>
          {command.hint ? (
            <Text size="xs" c="dimmed">
              {command.hint}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Spotlight.Action>
  )
}
