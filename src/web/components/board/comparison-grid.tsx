import { Anchor, Badge, Group, Spoiler, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { BoardAnswer, CareerBoard } from '../../../core/insights/schema.ts'
import { MarkdownView } from '../markdown/markdown-view.tsx'
import { paths } from '../records/paths.ts'
import classes from './comparison-grid.module.css'

const fromLabels: Record<BoardAnswer['from'], string | null> = {
  answer: null,
  dayToDay: 'from the reflection',
  training: 'from the reflection',
  pros: 'likes',
  cons: 'dislikes',
  pay: 'pay heard',
}

/**
 * Topics and the questions asked down, the people met across, their answers
 * in the cells. The first column stays in place on a phone while the people
 * scroll sideways. A row with one voice is marked "one data point"; a core
 * topic with none is a gap.
 */
export function ComparisonGrid({ board }: { board: CareerBoard }) {
  if (board.people.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nobody met yet. Answers from your conversations and reflections will line up here, person by
        person.
      </Text>
    )
  }
  return (
    <section className={classes.scroller} aria-label="Answers by topic and person">
      <table className={classes.table}>
        <thead className={classes.head}>
          <tr>
            <th className={classes.sticky} scope="col">
              Topic or question
            </th>
            {board.people.map((person) => (
              <th key={person.id} scope="col">
                <Anchor component={Link} to={paths.person(person.id)} fw={650} size="sm">
                  {person.name}
                </Anchor>
                {person.organization ? (
                  <Text size="xs" c="dimmed" fw={400}>
                    {person.organization}
                  </Text>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.grid.map((row) => {
            const gap = row.kind === 'topic' && row.core && row.sources === 0
            return (
              <tr
                key={row.key}
                className={row.kind === 'topic' ? classes.topic : classes.question}
                data-single-source={row.singleSource || undefined}
              >
                <th className={classes.sticky} scope="row">
                  <Stack gap={4}>
                    <Text
                      size="sm"
                      fw={row.kind === 'topic' ? 700 : 500}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {row.label}
                    </Text>
                    <Group gap={4}>
                      {row.singleSource ? (
                        <Badge
                          size="xs"
                          color="yellow"
                          variant="light"
                          title="Only one person said this so far"
                        >
                          one data point
                        </Badge>
                      ) : null}
                      {gap ? (
                        <Badge
                          size="xs"
                          color="red"
                          variant="light"
                          title="Nobody has told you about this yet"
                        >
                          gap
                        </Badge>
                      ) : null}
                    </Group>
                  </Stack>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.personId}>
                    {cell.answers.map((answer, index) => (
                      <div
                        // biome-ignore lint/suspicious/noArrayIndexKey: a cell's answers never reorder
                        key={index}
                        className={classes.answer}
                      >
                        <Spoiler maxHeight={104} showLabel="more" hideLabel="less" fz="sm">
                          <MarkdownView source={answer.text} />
                        </Spoiler>
                        {fromLabels[answer.from] ? (
                          <Text size="xs" c="dimmed">
                            {fromLabels[answer.from]}
                          </Text>
                        ) : null}
                      </div>
                    ))}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
