import {
  Anchor,
  Group,
  Loader,
  Paper,
  SegmentedControl,
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
import { pathOfKind } from '../components/records/paths.ts'
import { kindIcon, kindLabels } from '../components/search/kinds.ts'
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
        <SegmentedControl
          aria-label="Kind of record"
          w="fit-content"
          value={kind || 'all'}
          onChange={(value) =>
            setParams((current) => {
              const next = new URLSearchParams(current)
              if (value === 'all') next.delete('kind')
              else next.set('kind', value)
              return next
            })
          }
          data={[
            { value: 'all', label: 'Everything' },
            ...searchKinds.map((k) => ({ value: k, label: `${kindLabels[k] ?? k}s` })),
          ]}
        />
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
            const to = pathOfKind(result.kind, result.id)
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
