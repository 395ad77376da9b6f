import { Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { Spotlight } from '@mantine/spotlight'
import { IconArrowRight, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useSearch } from '../../api/search.ts'
import { pathOfTarget, paths } from '../records/paths.ts'
import { kindIcon, kindLabels } from './kinds.ts'
import { Snippet } from './snippet.tsx'

/** The search box reachable from every page (Ctrl+K or the header): full-text search as you type. */
export function SearchSpotlight() {
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query, 180)
  const navigate = useNavigate()
  const search = useSearch({ q: debounced, limit: 8 })
  const results = debounced.trim() ? (search.data?.results ?? []) : []
  const words = query.trim()
  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K', '/']}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder="Search people, organizations, careers, notes…"
        aria-label="Search"
        leftSection={
          search.isFetching ? <Loader size={16} /> : <IconSearch size={18} stroke={1.6} />
        }
      />
      <Spotlight.ActionsList>
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
        {words && !search.isFetching && debounced.trim() && results.length === 0 ? (
          <Spotlight.Empty>Nothing found for “{words}”.</Spotlight.Empty>
        ) : null}
        {words ? (
          <Spotlight.Action
            onClick={() => navigate(`${paths.search}?q=${encodeURIComponent(words)}`)}
          >
            <Group gap="xs">
              <IconArrowRight size={16} stroke={1.6} />
              <Text size="sm">All results for “{words}”</Text>
            </Group>
          </Spotlight.Action>
        ) : (
          <Spotlight.Empty>Type a name, an organization or a word from your notes.</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
