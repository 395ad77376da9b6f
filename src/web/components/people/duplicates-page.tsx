import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconGitMerge, IconUserX } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { DuplicatePerson, DuplicateSuggestion } from '../../../core/duplicates/schema.ts'
import { useDismissDuplicate, useDuplicates } from '../../api/merges.ts'
import { ListStates } from '../feedback/list-states.tsx'
import { PageHeader } from '../layout/page-header.tsx'
import { paths } from '../records/paths.ts'
import { MergeDialog } from './duplicates-merge-dialog.tsx'
import { LastMerge } from './duplicates-undo.tsx'

/** The "Possible duplicates" page: pairs with why, a preview to merge, or "Not the same person". */
export function DuplicatesPage() {
  const duplicates = useDuplicates()
  const [open, setOpen] = useState<DuplicateSuggestion | null>(null)
  return (
    <>
      <PageHeader
        title="Possible duplicates"
        description="People who may be one person: the same name, a middle name more or less, or the same email address written differently. Nothing is merged until you say so."
        crumbs={[{ label: 'People', to: paths.people }]}
      />
      <LastMerge />
      <ListStates query={duplicates} rows={3} list="duplicates">
        {(data) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {data.total} {data.total === 1 ? 'pair' : 'pairs'}
            </Text>
            {data.items.map((pair) => (
              <PairCard
                key={`${pair.person.id}:${pair.other.id}`}
                pair={pair}
                onCompare={() => setOpen(pair)}
              />
            ))}
          </Stack>
        )}
      </ListStates>
      <MergeDialog
        opened={open !== null}
        onClose={() => setOpen(null)}
        keptId={open?.person.id ?? ''}
        otherId={open?.other.id ?? null}
      />
    </>
  )
}

function PairCard({ pair, onCompare }: { pair: DuplicateSuggestion; onCompare: () => void }) {
  const dismiss = useDismissDuplicate()
  const label = `${pair.person.name} and ${pair.other.name}`
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} component="article" aria-label={label}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="sm">
        <Side person={pair.person} />
        <Side person={pair.other} />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        Why they may be one person
      </Text>
      <List size="sm" mb="md">
        {pair.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button
          leftSection={<IconGitMerge size={16} />}
          onClick={onCompare}
          aria-label={`Compare and merge ${label}`}
        >
          Compare and merge
        </Button>
        <Button
          variant="default"
          leftSection={<IconUserX size={16} />}
          loading={dismiss.isPending}
          aria-label={`${label} are not the same person`}
          onClick={() => dismiss.mutate({ personId: pair.person.id, otherId: pair.other.id })}
        >
          Not the same person
        </Button>
      </Group>
    </Paper>
  )
}

function Side({ person }: { person: DuplicatePerson }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Anchor component={Link} to={paths.person(person.id)} fw={600}>
        {person.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {[person.title, person.organization].filter(Boolean).join(' at ') || '—'}
      </Text>
      <Group gap={4} mt={4}>
        {person.emails.map((email) => (
          <Badge
            key={email}
            size="sm"
            variant="light"
            color="gray"
            tt="none"
            style={{ maxWidth: '100%' }}
          >
            {email}
          </Badge>
        ))}
      </Group>
    </div>
  )
}
