import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import {
  IconAt,
  IconBrandLinkedin,
  IconCake,
  IconMail,
  IconPhone,
  IconWorld,
} from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import { useConversations } from '../../api/conversations.ts'
import { useDeletePerson, usePeople, usePerson } from '../../api/people.ts'
import { ConfirmDelete } from '../../components/feedback/confirm-delete.tsx'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useDeleteThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { MainColumn, RecordColumns, SideColumn } from '../../components/layout/record-columns.tsx'
import { safeHref } from '../../components/links/safe-href.ts'
import { PersonMail } from '../../components/mail/person-mail.tsx'
import { MarkdownView } from '../../components/markdown/markdown-view.tsx'
import { PersonMessages, ResponsivenessBadge } from '../../components/outreach/person-messages.tsx'
import { ReferralAskSection } from '../../components/outreach/referral-ask-section.tsx'
import { MergeWith } from '../../components/people/duplicates-merge-with.tsx'
import { ConversationLines } from '../../components/records/conversation-lines.tsx'
import { paths } from '../../components/records/paths.ts'
import { PeopleSection } from '../../components/records/people-lines.tsx'
import { EditLink, NewLink, Section } from '../../components/records/section.tsx'
import { AboutPerson } from './about-person.tsx'

export function PersonPage() {
  const { id = '' } = useParams()
  const person = usePerson(id)
  const conversations = useConversations({ personId: id, limit: 100 })
  const referrals = usePeople({ referredById: id, limit: 100 })
  const deletion = useDeleteThenOpen(useDeletePerson(), id, paths.people)
  if (!isLoaded(person)) return <RecordWait query={person} kind="person" />
  const p = person.data
  const conversationCount = conversations.data?.total ?? 0
  return (
    <>
      <PageHeader
        title={p.name}
        description={
          // Their role and where, as far as known: "Role not noted" above a name told nothing.
          p.title || (p.organization && p.organizationId) ? (
            <>
              {p.title}
              {p.organization && p.organizationId ? (
                <>
                  {p.title ? ' at ' : ''}
                  <Anchor component={Link} to={paths.organization(p.organizationId)}>
                    {p.organization}
                  </Anchor>
                </>
              ) : null}
            </>
          ) : undefined
        }
        crumbs={[{ label: 'People', to: paths.people }]}
        extra={<ResponsivenessBadge personId={id} />}
        actions={
          <>
            <NewLink to={`${paths.conversations}/new?personId=${encodeURIComponent(id)}`}>
              Plan a conversation
            </NewLink>
            <EditLink to={`${paths.people}/${encodeURIComponent(id)}/edit`} />
            <MergeWith personId={id} name={p.name} />
            <ConfirmDelete
              name={p.name}
              consequence={
                conversationCount > 0
                  ? `Their ${conversationCount} conversation${conversationCount === 1 ? '' : 's'}, with all notes, will be deleted too. People they referred stay.`
                  : 'Their conversations, if you add any, would go with them. People they referred stay.'
              }
              {...deletion}
            />
          </>
        }
      />
      <RecordColumns>
        <MainColumn>
          <Section title="Conversations" count={conversations.data?.total}>
            <ConversationLines
              conversations={conversations.data?.items ?? []}
              showPerson={false}
              empty="None yet. Plan one when you are ready to ask."
            />
          </Section>
          <PersonMessages personId={id} name={p.name} />
          <PersonMail personId={id} emails={p.emails} />
          <Section title="Notes">
            <MarkdownView source={p.notes} />
          </Section>
        </MainColumn>
        <SideColumn>
          <Section title="Contact">
            <Stack gap={6}>
              {p.emails.map((email) => (
                <Group key={email} gap={8} wrap="nowrap">
                  <IconMail size={16} aria-hidden />
                  <Anchor
                    href={safeHref(`mailto:${email}`) ?? undefined}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {email}
                  </Anchor>
                </Group>
              ))}
              {p.phones.map((phone) => (
                <Group key={phone} gap={8} wrap="nowrap">
                  <IconPhone size={16} aria-hidden />
                  <Anchor
                    href={safeHref(`tel:${phone.replace(/[^\d+]/g, '')}`) ?? undefined}
                    size="sm"
                  >
                    {phone}
                  </Anchor>
                </Group>
              ))}
              {p.linkedinUrl && safeHref(p.linkedinUrl) ? (
                <Group gap={8} wrap="nowrap">
                  <IconBrandLinkedin size={16} aria-hidden />
                  <Anchor
                    href={safeHref(p.linkedinUrl) ?? undefined}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                  >
                    LinkedIn profile
                  </Anchor>
                </Group>
              ) : null}
              {p.websites.map((site) => (
                <Group key={site} gap={8} wrap="nowrap">
                  <IconWorld size={16} aria-hidden />
                  <ProfileLink address={site} label={site} />
                </Group>
              ))}
              {p.profiles.map((profile) => (
                <Group key={`${profile.service} ${profile.address}`} gap={8} wrap="nowrap">
                  <IconAt size={16} aria-hidden />
                  <Text size="sm" c="dimmed">
                    {profile.service}
                  </Text>
                  <ProfileLink address={profile.address} label={profile.address} />
                </Group>
              ))}
              {p.birthday ? (
                <Group gap={8} wrap="nowrap">
                  <IconCake size={16} aria-hidden />
                  <Text size="sm">Birthday {p.birthday.replace(/^--/, '')}</Text>
                </Group>
              ) : null}
              {p.emails.length + p.phones.length + p.websites.length + p.profiles.length === 0 &&
              !p.linkedinUrl &&
              !p.birthday ? (
                <Text size="sm" c="dimmed">
                  No contact details yet.
                </Text>
              ) : null}
            </Stack>
          </Section>
          <AboutPerson person={p} />
          {p.tags.length > 0 ? (
            <Section title="Tags">
              <Group gap={6}>
                {p.tags.map((tag) => (
                  <Badge
                    key={tag}
                    component={Link}
                    to={`${paths.people}?tag=${encodeURIComponent(tag)}`}
                    color="gray"
                    style={{ cursor: 'pointer' }}
                  >
                    #{tag}
                  </Badge>
                ))}
              </Group>
            </Section>
          ) : null}
          <ReferralAskSection personId={id} />
          <PeopleSection
            title="Referred you to"
            people={referrals.data}
            linkedBy={{ referredById: id }}
            empty="Nobody yet. Ask who else you should talk to."
          />
        </SideColumn>
      </RecordColumns>
    </>
  )
}

/** A web address as a link that opens elsewhere; an address no browser should open (a handle, `xmpp:`) as text. */
function ProfileLink({ address, label }: { address: string; label: string }) {
  const href = /^https?:/i.test(address) ? safeHref(address) : null
  return href ? (
    <Anchor
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      style={{ overflowWrap: 'anywhere' }}
    >
      {label}
    </Anchor>
  ) : (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {label}
    </Text>
  )
}
