import { Group } from '@mantine/core'
import { useState } from 'react'
import { sendMeetingPatch } from '../../api/meetings.ts'
import { MarkdownEditor } from '../markdown/markdown-editor.tsx'
import type { QueuedEdit } from '../meeting/save-queue.ts'
import { SaveStatusBadge } from '../meeting/save-status.tsx'
import { useSaveQueue } from '../meeting/use-save-queue.ts'

/** Research notes in Markdown, saved as they are typed (through the same queue as meeting mode). */
export function ResearchNotes({
  conversationId,
  initial,
}: {
  conversationId: string
  initial: string
}) {
  const send = async (edit: QueuedEdit) => {
    if (edit.kind !== 'meeting') return
    await sendMeetingPatch(conversationId, { [edit.field]: edit.value, updatedAt: edit.at })
  }
  const queue = useSaveQueue(conversationId, send)
  const [value, setValue] = useState(() => {
    const pending = queue.initialPending.filter(
      (e): e is Extract<QueuedEdit, { kind: 'meeting' }> =>
        e.kind === 'meeting' && e.field === 'researchNotes',
    )
    return pending.at(-1)?.value ?? initial
  })
  return (
    <div>
      <Group justify="flex-end" mb={-22}>
        <SaveStatusBadge status={queue.status} pending={queue.pendingCount} />
      </Group>
      <MarkdownEditor
        label="Research notes"
        description="On them and their organization: what to mention, what to ask about"
        value={value}
        placeholder="Read their talk on …; the team works on …"
        onChange={(next) => {
          setValue(next)
          queue.put({
            kind: 'meeting',
            field: 'researchNotes',
            value: next,
            at: new Date().toISOString(),
          })
        }}
      />
    </div>
  )
}
