import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp } from '@tabler/icons-react'
import type { QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { type NavigateFunction, useNavigate } from 'react-router'
import type { MergeOutcome, UndoOutcome } from '../../../core/merges/schema.ts'
import { undoMergeNow, useMerges, useUndoMerge } from '../../api/merges.ts'
import { paths } from '../records/paths.ts'

function showUndone(undone: UndoOutcome): void {
  notifications.show({
    color: 'teal',
    title: 'Merge undone',
    message: [`${undone.restored.name} is back.`, ...undone.notes].join(' '),
  })
}

/** The notification after a merge: what happened, and Undo. */
export function showMerged(
  queryClient: QueryClient,
  outcome: MergeOutcome,
  navigate: NavigateFunction,
): void {
  const id = `merged-${outcome.mergeId}`
  const mergeId = outcome.mergeId
  notifications.show({
    id,
    color: 'teal',
    title: 'Merged',
    autoClose: 15_000,
    message: (
      <UndoLine
        text={`${outcome.other.name} is now part of ${outcome.kept.name}.`}
        onUndo={async () => {
          if (!mergeId) return
          try {
            const undone = await undoMergeNow(queryClient, mergeId)
            notifications.hide(id)
            showUndone(undone)
            navigate(paths.person(undone.restored.id))
          } catch (error) {
            notifications.show({
              color: 'red',
              title: 'Not undone',
              message: error instanceof Error ? error.message : 'something went wrong',
            })
          }
        }}
      />
    ),
  })
}

function UndoLine({ text, onUndo }: { text: string; onUndo: () => Promise<void> }) {
  const [busy, setBusy] = useState(false)
  return (
    <Stack gap={6} align="flex-start">
      <Text size="sm">{text}</Text>
      <Button
        size="compact-sm"
        variant="light"
        loading={busy}
        leftSection={<IconArrowBackUp size={14} />}
        onClick={async () => {
          setBusy(true)
          await onUndo()
          setBusy(false)
        }}
      >
        Undo
      </Button>
    </Stack>
  )
}

/** The last merge, with Undo: the undo entry that outlives the notification. */
export function LastMerge() {
  const merges = useMerges()
  const last = merges.data?.items.find((m) => m.undoable)
  const undo = useUndoMerge()
  const navigate = useNavigate()
  if (!last) return null
  return (
    <Alert color="gray" variant="light" title="Last merge" mb="md">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {last.removedName} was merged into {last.keptName} on{' '}
          {new Date(last.createdAt).toLocaleString()}.
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconArrowBackUp size={14} />}
          loading={undo.isPending}
          onClick={() =>
            undo.mutate(last.id, {
              onSuccess: (undone) => {
                showUndone(undone)
                navigate(paths.person(undone.restored.id))
              },
            })
          }
        >
          Undo this merge
        </Button>
      </Group>
    </Alert>
  )
}
