import { Anchor, Button, Group } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { PrepSheet } from '../../../core/plans/prep-schema.ts'
import { usePrepSheet } from '../../api/plans.ts'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { DownloadButton } from '../../components/links/download-button.tsx'
import { MarkdownView } from '../../components/markdown/markdown-view.tsx'
import { paths } from '../../components/records/paths.ts'
import classes from './prep-sheet.module.css'

/** Lines to write on under each question. */
const ruledLines = ['first', 'second', 'third', 'fourth'] as const

function Facts({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '')
  return (
    <dl className={classes.facts}>
      {shown.map(([key, value]) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The printable prep sheet: who, when, where, background, the questions with room to write. */
export function PrepSheetPage() {
  const { id = '' } = useParams()
  const sheet = usePrepSheet(id)
  useDocumentTitle(sheet.data ? `Prep sheet: ${sheet.data.who.name}` : 'Prep sheet · coffeechat')
  if (!isLoaded(sheet)) return <RecordWait query={sheet} kind="conversation" rows={5} />
  const base = paths.conversation(id)
  return (
    <>
      <Group justify="space-between" mb="md" data-no-print>
        <Anchor component={Link} to={`${base}/prepare`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} /> Back to preparing
          </Group>
        </Anchor>
        <Group gap="xs">
          <DownloadButton
            href={`/api/conversations/${encodeURIComponent(id)}/prep?format=html`}
            download={`prep-${sheet.data.who.name}.html`}
          >
            HTML file
          </DownloadButton>
          <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} />}>
            Print
          </Button>
        </Group>
      </Group>
      <Sheet sheet={sheet.data} />
    </>
  )
}

function Sheet({ sheet }: { sheet: PrepSheet }) {
  const { who, when, where, background } = sheet
  const notes: Array<[string, string]> = [
    ['Research notes', background.researchNotes],
    [`About ${who.name}`, background.personNotes],
    [
      who.organization ? `About ${who.organization}` : 'About the organization',
      background.organizationNotes,
    ],
  ]
  return (
    <article className={classes.sheet} aria-label="Prep sheet">
      <h1>Prep sheet: {who.name}</h1>
      <div>{[who.title, who.organization].filter(Boolean).join(', ')}</div>
      <h2>Who</h2>
      <Facts
        rows={[
          ['Connection', [who.connection, who.connectionNote].filter(Boolean).join(' — ')],
          ['Referred by', who.referredBy],
          ['Email', who.emails.join(', ')],
          ['LinkedIn', who.linkedinUrl],
        ]}
      />
      <h2>When and where</h2>
      <Facts
        rows={[
          ['When', when.local ? `${when.local} (${when.timeZone})` : 'not scheduled yet'],
          ['Length', `${when.minutes} minutes promised`],
          ['Format', where.format],
          ['Place', where.place],
        ]}
      />
      {sheet.careers.length > 0 ? (
        <>
          <h2>Careers</h2>
          <Facts rows={sheet.careers.map((c) => [c.name, c.hypothesis || '—'] as const)} />
        </>
      ) : null}
      {notes.some(([, text]) => text.trim()) ? (
        <>
          <h2>Background</h2>
          {notes
            .filter(([, text]) => text.trim())
            .map(([title, text]) => (
              <div key={title} className={classes.notes}>
                <h3>{title}</h3>
                <MarkdownView source={text} />
              </div>
            ))}
        </>
      ) : null}
      <h2>Questions ({sheet.questions.length})</h2>
      {sheet.warnings.map((w) => (
        <p key={w.code} className={classes.warning}>
          {w.message}
        </p>
      ))}
      {sheet.questions.length === 0 ? <p>No questions planned yet.</p> : null}
      <ol className={classes.questions}>
        {sheet.questions.map((q) => (
          <li key={q.number} className={classes.question}>
            <strong>
              {q.number}. {q.text}
            </strong>{' '}
            <span className={classes.topic}>({q.topicLabel})</span>
            {ruledLines.map((line) => (
              <div key={line} className={classes.rule} />
            ))}
          </li>
        ))}
      </ol>
    </article>
  )
}
