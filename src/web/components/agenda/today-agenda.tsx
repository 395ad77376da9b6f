import { Stack, Text } from '@mantine/core'
import type { Today } from '../../../core/agenda/schema.ts'
import { Section } from '../records/section.tsx'
import { AgendaLine } from './agenda-line.tsx'

/**
 * The server's agenda, section by section in order of urgency; every item
 * names its deadline and links to the one action that clears it.
 */
export function TodayAgenda({ agenda }: { agenda: Today }) {
  const sections = agenda.sections.filter((s) => s.count > 0)
  if (sections.length === 0) {
    return (
      <Text c="dimmed">Nothing is due. A good moment to add people you would like to talk to.</Text>
    )
  }
  return (
    <Stack gap="md" maw={900}>
      {sections.map((section) => (
        <Section key={section.key} title={section.title} count={section.count}>
          <Stack gap="md">
            {agenda.items
              .filter((item) => item.section === section.key)
              .map((item) => (
                <AgendaLine
                  key={`${item.kind}-${item.conversationId ?? ''}-${item.personId ?? ''}-${item.title}`}
                  item={item}
                />
              ))}
          </Stack>
        </Section>
      ))}
    </Stack>
  )
}
