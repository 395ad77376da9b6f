import { Mark } from '@mantine/core'
import type { SearchResult } from '../../../core/search/schema.ts'

/** A search snippet with the matching words marked; the text is rendered as text, never as HTML. */
export function Snippet({ parts }: { parts: SearchResult['snippet'] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their place
          <Mark key={index} color="yellow">
            {part.text}
          </Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their place
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}
