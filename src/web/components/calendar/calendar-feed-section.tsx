import { Anchor, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconCalendarPlus, IconInfoCircle, IconRefresh, IconRss } from '@tabler/icons-react'
import { useState } from 'react'
import type { CalendarFeedCreated } from '../../../core/calendar/schema.ts'
import { Notice } from '../feedback/notice.tsx'
import { CopyField, SettingsSection } from '../layout/settings-section.tsx'
import { safeHref } from '../links/safe-href.ts'
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useDeleteCalendarFeed,
} from './use-calendar-feed.ts'

function NewUrl({ feed }: { feed: CalendarFeedCreated }) {
  return (
    <Stack gap="xs">
      <CopyField label="Your feed URL" value={feed.url} />
      <Text size="sm" c="dimmed">
        Shown only now: coffeechat keeps just a fingerprint of it. Paste it into your calendar
        app&apos;s “subscribe” or “new calendar from URL”, or{' '}
        <Anchor href={safeHref(feed.webcalUrl) ?? undefined} size="sm">
          open it in your calendar app
        </Anchor>
        . Keep it private, like a password.
      </Text>
    </Stack>
  )
}

/**
 * The Settings section for the subscribable calendar feed: make, copy,
 * regenerate or turn off its URL, and why Google cannot subscribe to a
 * coffeechat on this computer.
 */
export function CalendarFeedSection() {
  const feed = useCalendarFeed()
  const create = useCreateCalendarFeed()
  const remove = useDeleteCalendarFeed()
  const [made, setMade] = useState<CalendarFeedCreated | null>(null)
  const [confirming, { open, close }] = useDisclosure(false)
  const makeUrl = () => {
    close()
    create.mutate(undefined, { onSuccess: (answer) => setMade(answer) })
  }
  const active = feed.data?.active ?? false
  return (
    <SettingsSection
      title="Calendar feed"
      description={
        <>
          Subscribe to your coffee chats in a calendar app: each scheduled chat appears with its
          agenda and your questions, and moves when you change it. Cancelled chats disappear.
        </>
      }
    >
      {feed.isPending ? (
        <Skeleton h={36} />
      ) : (
        <Stack gap="md">
          {made && active ? (
            <NewUrl feed={made} />
          ) : active ? (
            <Text size="sm">
              The feed is on, at{' '}
              <Text span ff="monospace" size="sm">
                /calendar/{feed.data?.prefix}….ics
              </Text>
              . Its full address was shown when it was made; for a new one, regenerate it.
            </Text>
          ) : (
            <Text size="sm">The feed is off.</Text>
          )}
          <Group gap="sm">
            {active ? (
              <>
                <Button
                  variant="default"
                  leftSection={<IconRefresh size={16} />}
                  onClick={open}
                  loading={create.isPending}
                >
                  Regenerate URL
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(undefined, { onSuccess: () => setMade(null) })}
                >
                  Turn off
                </Button>
              </>
            ) : (
              <Button
                leftSection={<IconRss size={16} />}
                onClick={makeUrl}
                loading={create.isPending}
              >
                Make a feed URL
              </Button>
            )}
          </Group>
          <Notice color="gray" icon={IconInfoCircle} p="sm">
            <Text size="sm">
              <strong>Google Calendar cannot subscribe to coffeechat on this computer</strong>:
              Google&apos;s servers fetch the URL, and they cannot reach localhost. Apple Calendar
              and Thunderbird on this computer can, while coffeechat is running. For Google, use{' '}
              <IconCalendarPlus size={14} style={{ verticalAlign: 'middle' }} /> “Add to calendar”
              on a conversation and import the file.
            </Text>
          </Notice>
        </Stack>
      )}
      <Modal opened={confirming} onClose={close} title="Make a new feed URL?" centered>
        <Text size="sm">
          The current URL stops working at once: calendars subscribed to it stop updating until you
          give them the new one.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} data-autofocus>
            Keep the current one
          </Button>
          <Button onClick={makeUrl}>Make a new URL</Button>
        </Group>
      </Modal>
    </SettingsSection>
  )
}
