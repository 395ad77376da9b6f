import { Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { IconCompass, IconFileImport } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useSettings } from '../../api/settings.ts'
import { paths } from '../records/paths.ts'
import { AboutYou } from './about-you.tsx'

/** The first screen of an empty coffeechat: who you are (once, skippable), then where to begin. */
export function Welcome() {
  useDocumentTitle('Welcome · coffeechat')
  const settings = useSettings()
  const asking = settings.data && !settings.data.settings.welcomeDone
  return (
    <Stack gap="xl" maw={880} mx="auto" py={{ base: 'md', sm: 'xl' }}>
      <div>
        <Title order={1} fz={{ base: 28, sm: 36 }} lh={1.2}>
          Find out what a career is really like — before you commit to it.
        </Title>
        <Text c="dimmed" fz="lg" mt="sm" maw={680}>
          coffeechat carries you through informational interviews: find people who do the work, ask
          for a short conversation, prepare, meet, thank, reflect, and compare what you heard.
        </Text>
      </div>
      {asking ? <AboutYou settings={settings.data.settings} /> : null}
      <Title order={2} fz="lg" mb={-8}>
        What to do first
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <FirstStep
          icon={<IconCompass size={26} stroke={1.6} />}
          title="1. Add the career you are considering"
          actions={
            <Button component={Link} to={`${paths.careers}/new`}>
              Add a career
            </Button>
          }
        >
          “Data scientist”, “Management consultant”, “R&amp;D scientist”… Write down what you expect
          it to be like; conversations will test it.
        </FirstStep>
        <FirstStep
          icon={<IconFileImport size={26} stroke={1.6} />}
          color="teal"
          title="2. Bring in the people you know"
          actions={
            <>
              <Button component={Link} to={paths.import} variant="light" color="teal">
                Import contacts
              </Button>
              <Button component={Link} to={`${paths.people}/new`} variant="default">
                Add a person
              </Button>
            </>
          }
        >
          Import your LinkedIn connections or address book, or add the first person by hand. Then
          write to them from their page: a short email asking for their advice.
        </FirstStep>
      </SimpleGrid>
      <div>
        <Text fw={600} mb="xs">
          How it goes
        </Text>
        <List spacing={4} size="sm" c="dimmed">
          <List.Item>Talk to at least three people from two organizations per career.</List.Item>
          <List.Item>
            Ask for insight and advice, never for a job; keep it to about 30 minutes.
          </List.Item>
          <List.Item>
            Thank them the same day and note what you learned while it is fresh.
          </List.Item>
        </List>
      </div>
    </Stack>
  )
}

/** One card of "What to do first": its number and step, why, and the buttons that start it. */
function FirstStep({
  icon,
  color,
  title,
  actions,
  children,
}: {
  icon: ReactNode
  color?: string
  title: string
  actions: ReactNode
  children: ReactNode
}) {
  return (
    <Card p="xl">
      <ThemeIcon size={44} radius="md" variant="light" color={color} aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={3} fz="lg" mt="md">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={6} mb="lg">
        {children}
      </Text>
      <Group mt="auto" gap="xs">
        {actions}
      </Group>
    </Card>
  )
}
