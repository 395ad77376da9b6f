import { Anchor, Badge, Group, SegmentedControl, Spoiler, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useState } from 'react'
import { Link } from 'react-router'
import type { CareerBoard } from '../../../core/insights/schema.ts'
import { WideScroll } from '../layout/wide-scroll.tsx'
import { MarkdownView } from '../markdown/markdown-view.tsx'
import { paths } from '../records/paths.ts'
import { fromLabels } from './answer-sources.ts'
import { AnswersByPerson } from './answers-by-person.tsx'
import classes from './comparison-grid.module.css'

type View = 'grid' | 'people'

/**
 * The answers of everyone met in a career, two ways: the grid (topics and
 * questions down, people across) or person by person, one card each, which
 * is what a phone shows first. The explorer can switch either way.
 */
export function ComparisonGrid({ board }: { board: CareerBoard }) {
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false })
  const [chosen, setChosen] = useState<View | null>(null)
  const view: View = chosen ?? (narrow ? 'people' : 'grid')
  if (board.people.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nobody met yet. Answers from your conversations and reflections will line up here, person by
        person.
      </Text>
    )
  }
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Show the answers"
        size="xs"
        value={view}
        onChange={(value) => setChosen(value === 'people' ? 'people' : 'grid')}
        data={[
          { value: 'people', label: 'Person by person' },
          { value: 'grid', label: 'Side by side' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'people' ? <AnswersByPerson board={board} /> : <AnswersGrid board={board} />}
    </Stack>
  )
}

/**
 * Topics and the questions asked down, the people met across, their answers
 * in the cells. The first column stays in place while the people scroll
 * sideways. A row with one voice is marked "one data point"; a core topic
 * with none is a gap.
 */
function AnswersGrid({ board }: { board: CareerBoard }) {
  return (
    <WideScroll className={classes.scroller} label="Answers by topic and person">
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
    </WideScroll>
  )
}
