import { Group, Stack, Text } from '@mantine/core'
import { IconMailOff } from '@tabler/icons-react'
import { dateTimeText, dayText } from '../../../core/shared/date-words.ts'
import { useMailFindings, useMailStatus } from '../../api/mail.ts'
import { Notice } from '../feedback/notice.tsx'
import { dateStyle } from '../records/date-style.ts'
import { Section } from '../records/section.tsx'
import { KindBadge, StatusBadge } from './mail-proposals.tsx'

/**
 * The mail found for one person (date, subject, first lines, kind, status),
 * and the addresses of theirs that bounced. Shown once a mailbox is
 * connected; nothing from anyone else is ever here.
 */
export function PersonMail({ personId, emails }: { personId: string; emails: readonly string[] }) {
  const status = useMailStatus()
  const connected = Boolean(status.data?.mail)
  const findings = useMailFindings({ personId }, connected)
  if (!connected) return null
  const found = findings.data?.findings ?? []
  const current = new Set(emails.map((e) => e.toLowerCase()))
  const bouncing = [
    ...new Set(
      found
        .filter((f) => f.kind === 'bounce' && f.status !== 'dismissed' && current.has(f.address))
        .map((f) => f.address),
    ),
  ]
  return (
    <Section title="Found in your mail" count={found.length}>
      <Stack gap="sm">
        {bouncing.length > 0 ? (
          <Notice color="red" icon={IconMailOff} title={`Bouncing: ${bouncing.join(', ')}`}>
            Mail to {bouncing.length === 1 ? 'this address' : 'these addresses'} came back. Try
            another route: another address, LinkedIn, a phone call, or someone who knows them.
          </Notice>
        ) : null}
        {found.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing yet: the mail checks have found nothing from or to them.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {found.map((f) => (
              <Stack key={f.id} gap={2} component="li">
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {dateTimeText(f.mailAt, dateStyle(), new Date())}
                  </Text>
                  <KindBadge finding={f} />
                  <StatusBadge finding={f} />
                </Group>
                <Text size="sm">{f.subject || '(no subject)'}</Text>
                {f.absentUntil ? (
                  <Text size="sm" c="dimmed">
                    Away until {dayText(f.absentUntil, dateStyle())}
                  </Text>
                ) : null}
                {f.firstLines ? (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
                    {f.firstLines}
                  </Text>
                ) : null}
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Section>
  )
}
