import { Accordion, List, Text } from '@mantine/core'
import { IconAddressBook, IconBrandGoogle, IconBrandLinkedin, IconMail } from '@tabler/icons-react'

const sources = [
  {
    value: 'linkedin',
    icon: IconBrandLinkedin,
    title: 'LinkedIn connections',
    steps: [
      'On linkedin.com, open Me → Settings & Privacy → Data privacy → Get a copy of your data.',
      'Choose “Want something in particular?”, tick Connections, and request the archive.',
      'LinkedIn emails you a link within minutes to a day; download the .zip.',
      'Drop the .zip here as it is (or the Connections.csv inside it).',
    ],
    note: 'LinkedIn only includes the email addresses of connections who allow it.',
  },
  {
    value: 'google',
    icon: IconBrandGoogle,
    title: 'Google Contacts',
    steps: [
      'Open contacts.google.com and choose Export (in the menu of the contact list).',
      'Pick the contacts or a label, choose “Google CSV”, and export.',
      'Drop the contacts.csv here. The older “Outlook CSV” and vCard exports work too.',
    ],
  },
  {
    value: 'outlook',
    icon: IconMail,
    title: 'Outlook',
    steps: [
      'Outlook on the web: People → Manage contacts → Export contacts → Export.',
      'Outlook for Windows: File → Open & Export → Import/Export → Export to a file → Comma Separated Values → Contacts.',
      'Drop the .csv here; headers in other languages are understood.',
    ],
  },
  {
    value: 'vcard',
    icon: IconAddressBook,
    title: 'Apple, Android and other address books (vCard)',
    steps: [
      'Mac Contacts: select the contacts, then File → Export → Export vCard.',
      'iPhone: share a contact or a list as a .vcf; Android Contacts: Settings → Export → .vcf file.',
      'Drop the .vcf here; one file may hold many cards (vCard 2.1, 3.0 and 4.0).',
    ],
  },
] as const

/** Where each kind of contact file comes from, step by step. */
export function WhereToGetFiles() {
  return (
    <Accordion variant="separated" radius="md" chevronPosition="right">
      {sources.map(({ value, icon: Icon, title, steps, ...rest }) => (
        <Accordion.Item key={value} value={value}>
          <Accordion.Control icon={<Icon size={18} />}>{title}</Accordion.Control>
          <Accordion.Panel>
            <List type="ordered" size="sm" spacing={4}>
              {steps.map((step) => (
                <List.Item key={step}>{step}</List.Item>
              ))}
            </List>
            {'note' in rest ? (
              <Text size="sm" c="dimmed" mt="xs">
                {rest.note}
              </Text>
            ) : null}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  )
}
