import { Badge, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { IconArrowsExchange, IconGitMerge } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import type { MergeField, MergeOutcome } from '../../../core/merges/schema.ts'
import { useMergePeople, useMergePreview } from '../../api/merges.ts'
import { LoadError } from '../feedback/load-error.tsx'
import { RequestFailed } from '../feedback/notice.tsx'
import { WideScroll } from '../layout/wide-scroll.tsx'
import { paths } from '../records/paths.ts'
import { showMerged } from './duplicates-undo.tsx'

interface MergeDialogProps {
  opened: boolean
  onClose: () => void
  /** The person kept by default, and the one merged into them; the dialog can swap them. */
  keptId: string
  otherId: string | null
}

const outcomeWords: Record<MergeField['outcome'], { label: string; color: string }> = {
  same: { label: 'Same', color: 'gray' },
  kept: { label: 'Kept', color: 'gray' },
  taken: { label: 'Taken', color: 'teal' },
  combined: { label: 'Both', color: 'teal' },
  'to-notes': { label: 'Other to notes', color: 'yellow' },
  'to-profiles': { label: 'Other to profiles', color: 'yellow' },
}

/**
 * The side-by-side preview of merging two people (what each field becomes,
 * what moves), and the Merge button. After the merge: the kept person's
 * page, and a notification with Undo.
 */
export function MergeDialog({ opened, onClose, keptId, otherId }: MergeDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)')
  const [swapped, setSwapped] = useState(false)
  useEffect(() => {
    if (opened) setSwapped(false)
  }, [opened])
  const kept = swapped && otherId ? otherId : keptId
  const other = swapped ? keptId : otherId
  const merge = useMergePeople()
  const preview = useMergePreview(kept, other, opened && !merge.isPending && !merge.isSuccess)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const data = preview.data
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={data ? `Merge ${data.other.name} into ${data.kept.name}?` : 'Merge two people'}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {preview.isError ? (
        <LoadError error={preview.error} onRetry={() => preview.refetch()} />
      ) : !data ? (
        <Text c="dimmed">Reading both people…</Text>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            <strong>{data.kept.name}</strong> stays and keeps everything of both;{' '}
            <strong>{data.other.name}</strong> is removed. Where both hold different values,{' '}
            {data.kept.name}’s stays and the other goes to the notes. You can undo it.
          </Text>
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconArrowsExchange size={14} />}
              onClick={() => setSwapped((s) => !s)}
            >
              Keep {data.other.name} instead
            </Button>
          </Group>
          <MergeTable outcome={data} />
          <MovesLine outcome={data} />
          {data.notesAdded ? (
            <div>
              <Text size="sm" fw={600}>
                Added to {data.kept.name}’s notes
              </Text>
              <Code block style={{ whiteSpace: 'pre-wrap' }}>
                {data.notesAdded}
              </Code>
            </div>
          ) : null}
          <RequestFailed title="Not merged" error={merge.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              leftSection={<IconGitMerge size={16} />}
              loading={merge.isPending}
              onClick={() =>
                merge.mutate(
                  { keptId: data.kept.id, otherId: data.other.id },
                  {
                    onSuccess: (outcome) => {
                      onClose()
                      merge.reset()
                      navigate(paths.person(data.kept.id))
                      showMerged(queryClient, outcome, navigate)
                    },
                  },
                )
              }
            >
              Merge
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

function MergeTable({ outcome }: { outcome: MergeOutcome }) {
  return (
    <WideScroll label="What each field becomes">
      <Table verticalSpacing="xs" miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">{outcome.kept.name} (kept)</Table.Th>
            <Table.Th scope="col">{outcome.other.name}</Table.Th>
            <Table.Th scope="col">After the merge</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcome.fields
            .filter((f) => f.field !== 'notes')
            .map((f) => (
              <Table.Tr key={f.field}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {f.label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{f.kept || '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{f.other || '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Stack gap={2} align="flex-start">
                    <span>{f.result || '—'}</span>
                    <Badge size="xs" variant="light" color={outcomeWords[f.outcome].color}>
                      {outcomeWords[f.outcome].label}
                    </Badge>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </WideScroll>
  )
}

function MovesLine({ outcome }: { outcome: MergeOutcome }) {
  const { moves } = outcome
  const parts = [
    [moves.conversations, 'conversation', 'conversations'],
    [moves.messages, 'message or draft', 'messages and drafts'],
    [moves.mailFindings, 'mail found', 'mails found'],
    [moves.referredPeople, 'person they referred', 'people they referred'],
    [moves.reflectionMentions, 'mention in a reflection', 'mentions in reflections'],
  ] as const
  const said = parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`)
  return (
    <Text size="sm">
      {said.length > 0
        ? `Moves to ${outcome.kept.name}: ${said.join(', ')}.`
        : `${outcome.other.name} has no conversations or messages to move.`}
    </Text>
  )
}
