import {
  Anchor,
  Chip,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { searchKinds } from '../../core/search/schema.ts'
import { useSearch } from '../api/search.ts'
import { LoadError } from '../components/feedback/load-error.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { pathOfTarget } from '../components/records/paths.ts'
import { kindIcon, kindLabels, kindPlurals } from '../components/search/kinds.ts'
import { Snippet } from '../components/search/snippet.tsx'

/** Full-text search over people, organizations, careers and conversation notes. */
export function SearchPage() {
  const [params, setParams] = useSearchParams()
  const [q, setQ] = useState(params.get('q') ?? '')
  const [debounced] = useDebouncedValue(q, 250)
  const kind = params.get('kind') ?? ''
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (debounced.trim()) next.set('q', debounced)
        else next.delete('q')
        return next
      },
      { replace: true },
    )
  }, [debounced, setParams])
  const search = useSearch({ q: debounced, kind, limit: 50 })
  const results = debounced.trim() ? (search.data?.results ?? []) : []
  return (
    <>
      <PageHeader
        title="Search"
        description="Names, organizations, careers and every note you have written."
      />
      <Stack gap="sm" mb="lg">
        <TextInput
          size="md"
          aria-label="Search for"
          placeholder="Try a name, a skill or a word from your notes"
          leftSection={<IconSearch size={18} />}
          rightSection={search.isFetching ? <Loader size={16} /> : null}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          autoFocus
          maw={640}
        />
        <Chip.Group
          value={kind || 'all'}
          onChange={(value) =>
            setParams((current) => {
              const next = new URLSearchParams(current)
              if (value === 'all') next.delete('kind')
              else next.set('kind', value)
              return next
            })
          }
        >
          <Group gap={6} role="radiogroup" aria-label="Kind of record">
            {[
              { value: 'all', label: 'Everything' },
              ...searchKinds.map((k) => ({ value: k, label: kindPlurals[k] ?? k })),
            ].map((choice) => (
              <Chip key={choice.value} value={choice.value} size="sm" variant="light">
                {choice.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      {search.isError ? <LoadError error={search.error} /> : null}
      {!debounced.trim() ? (
        <Text c="dimmed">
          Type to search. Each word matches the start of words, accents and case ignored.
        </Text>
      ) : results.length === 0 && !search.isFetching ? (
        <Text c="dimmed">Nothing found for “{debounced.trim()}”.</Text>
      ) : (
        <Stack gap="xs" aria-live="polite">
          {results.map((result) => {
            const to = pathOfTarget(result.target)
            const Icon = kindIcon(result.kind)
            return (
              <Paper key={`${result.kind}:${result.id}`} p="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
                    <Icon size={18} stroke={1.6} />
                  </ThemeIcon>
                  <div style={{ minWidth: 0 }}>
                    <Group gap={8}>
                      {to ? (
                        <Anchor component={Link} to={to} fw={600}>
                          {result.title}
                        </Anchor>
                      ) : (
                        <Text fw={600}>{result.title}</Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {kindLabels[result.kind] ?? result.kind}
                      </Text>
                    </Group>
                    <Text
                      size="sm"
                      c="dimmed"
                      mt={2}
                      style={{ whiteSpace: 'pre-line' }}
                      lineClamp={3}
                    >
                      <Snippet parts={result.snippet} />
                    </Text>
                  </div>
                </Group>
              </Paper>
            )
          })}
        </Stack>
      )}
    </>
  )
}
