import { Text, Typography } from '@mantine/core'
import { useMemo } from 'react'
import { renderMarkdown } from './render-markdown.tsx'

/** Notes rendered from Markdown, safely (see renderMarkdown). */
export function MarkdownView({ source, empty }: { source: string; empty?: string }) {
  const content = useMemo(() => renderMarkdown(source), [source])
  if (!source.trim()) {
    return (
      <Text c="dimmed" size="sm" fs="italic">
        {empty ?? 'No notes yet.'}
      </Text>
    )
  }
  return <Typography className="cc-markdown">{content}</Typography>
}
