import { Anchor, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import type { CareerBoard } from '../../../core/insights/schema.ts'
import { MarkdownView } from '../markdown/markdown-view.tsx'
import { paths } from '../records/paths.ts'
import { fromLabels } from './answer-sources.ts'

/**
 * The comparison grid turned a quarter: one card per person met, with what
 * they said under each topic and question, in the grid's order. Rows they
 * did not speak to are left out; a row with one voice keeps its "one data
 * point" mark.
 */
export function AnswersByPerson({ board }: { board: CareerBoard }) {
  return (
    <Stack gap="sm">
      {board.people.map((person, column) => {
        const rows = board.grid.flatMap((row) => {
          const answers = row.cells[column]?.answers ?? []
          return answers.length > 0 ? [{ row, answers }] : []
        })
        return (
          <Paper key={person.id} p="md" component="article" aria-labelledby={`by-${person.id}`}>
            <Title order={3} fz="md" id={`by-${person.id}`}>
              <Anchor component={Link} to={paths.person(person.id)} inherit>
                {person.name}
              </Anchor>
            </Title>
            {person.organization ? (
              <Text size="sm" c="dimmed">
                {person.organization}
              </Text>
            ) : null}
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" mt="xs">
                No answers noted yet.
              </Text>
            ) : (
              <Stack gap="sm" mt="sm">
                {rows.map(({ row, answers }) => (
                  <div key={row.key}>
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={row.kind === 'topic' ? 700 : 600} c="dimmed">
                        {row.label}
                      </Text>
                      {row.singleSource ? (
                        <Badge size="xs" color="yellow" variant="light">
                          one data point
                        </Badge>
                      ) : null}
                    </Group>
                    {answers.map((answer, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a cell's answers never reorder
                      <Box key={index} fz="sm" c="var(--mantine-color-text)">
                        {/* Whole: down a phone's length there is room, and nothing to expand. */}
                        <MarkdownView source={answer.text} />
                        {fromLabels[answer.from] ? (
                          <Text size="xs" c="dimmed">
                            {fromLabels[answer.from]}
                          </Text>
                        ) : null}
                      </Box>
                    ))}
                  </div>
                ))}
              </Stack>
            )}
          </Paper>
        )
      })}
    </Stack>
  )
}
