import { Anchor, Code, List, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { PageHeader } from '../components/layout/page-header.tsx'
import { paths } from '../components/records/paths.ts'

/** Importing contacts: for now, where the import lives (the command line). */
export function ImportPage() {
  return (
    <>
      <PageHeader
        title="Import contacts"
        description="Bring in the people you already know, so you can see who can speak to each career."
      />
      <Paper p={{ base: 'md', sm: 'xl' }} maw={760}>
        <Stack gap="md">
          <Text>
            Importing from this page is coming soon. Until then, the command line imports the same
            files, all-or-nothing per file with a row-by-row report:
          </Text>
          <Code block>npx coffeechat import Connections.csv</Code>
          <Title order={2} fz="md">
            Files it understands
          </Title>
          <List spacing={4} size="sm">
            <List.Item>
              LinkedIn’s Connections export (Settings → Data privacy → Get a copy of your data)
            </List.Item>
            <List.Item>Google or Outlook contacts saved as CSV</List.Item>
            <List.Item>vCard files (.vcf) from most address books</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            Nothing is scraped and nothing leaves this machine. Prefer to start by hand?{' '}
            <Anchor component={Link} to={`${paths.people}/new`}>
              Add a person
            </Anchor>
            .
          </Text>
        </Stack>
      </Paper>
    </>
  )
}
