import {
  Affix,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Transition,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import type { SettingsPatch } from '../../../core/settings/schema.ts'
import { ApiError } from '../../api/request.ts'
import { useResetSetting, useSettings, useUpdateSettings } from '../../api/settings.ts'
import { CalendarFeedSection } from '../../components/calendar/calendar-feed-section.tsx'
import { ExportSection } from '../../components/export/export-section.tsx'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { MailSettingsSection } from '../../components/mail/mail-settings-section.tsx'
import { SmtpSettingsSection } from '../../components/outreach/smtp-settings-section.tsx'
import { TemplatesSection } from '../../components/outreach/templates-section.tsx'
import { AccessTokensSection } from '../../components/tokens/access-tokens-section.tsx'
import { groupEntries, settingLabel } from './setting-groups.ts'
import { SettingInput } from './setting-input.tsx'

function show(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ')
  if (typeof value === 'boolean') return value ? 'on' : 'off'
  return String(value)
}

/** Every number of the method, each with its meaning, its default and a way back to it. */
export function SettingsPage() {
  const settings = useSettings()
  const update = useUpdateSettings()
  const reset = useResetSetting()
  const [draft, setDraft] = useState<Record<string, unknown>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { hash } = useLocation()
  const loaded = settings.data !== undefined
  // A link to one setting (`/settings#setting-explorerName`) lands on its field, focused.
  useEffect(() => {
    if (!loaded || !hash.startsWith('#setting-')) return
    const row = document.getElementById(hash.slice(1))
    row?.scrollIntoView({ block: 'center' })
    row
      ?.querySelector<HTMLElement>('input, textarea, [role="switch"]')
      ?.focus({ preventScroll: true })
  }, [loaded, hash])
  if (settings.isPending) return <PageSkeleton rows={6} />
  if (settings.isError)
    return <LoadError error={settings.error} onRetry={() => settings.refetch()} />
  const changed = Object.keys(draft).length
  const save = () => {
    // The keys come from the server's own list; the server checks every value against the schema.
    const patch: SettingsPatch = draft
    update.mutate(patch, {
      onSuccess: () => {
        setDraft({})
        setErrors({})
        notifications.show({ color: 'teal', message: 'Settings saved.' })
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          error.shownOnFields = true
          setErrors(
            Object.fromEntries(
              error.issues.map((issue) => [issue.path.split('.')[0] ?? '', issue.message]),
            ),
          )
        }
      },
    })
  }
  return (
    <>
      <PageHeader
        title="Settings"
        description="Guides disagree on several numbers of the method, so each one is yours to set. Defaults follow the common advice."
      />
      <Stack gap="lg" pb={80}>
        {groupEntries(settings.data.entries).map((group) => (
          <Paper
            key={group.title}
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-label={group.title}
          >
            <Title order={2} fz="md" mb="sm">
              {group.title}
            </Title>
            <Stack gap={0}>
              {group.entries.map((entry) => {
                const label = settingLabel(entry.key)
                const value = entry.key in draft ? draft[entry.key] : entry.value
                return (
                  <Group
                    key={entry.key}
                    id={`setting-${entry.key}`}
                    justify="space-between"
                    align="flex-start"
                    gap="md"
                    py="sm"
                    style={{ borderTop: '1px solid var(--cc-soft-border)' }}
                  >
                    <Box style={{ flex: '1 1 260px', minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {label}
                        </Text>
                        {entry.key in draft ? (
                          <Badge size="xs" color="orange">
                            unsaved
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {entry.description}
                      </Text>
                    </Box>
                    <Stack gap={4} align="flex-end" style={{ flex: '0 1 auto' }}>
                      <SettingInput
                        settingKey={entry.key}
                        label={label}
                        value={value}
                        defaultValue={entry.defaultValue}
                        error={errors[entry.key]}
                        onChange={(next) =>
                          setDraft((current) => ({ ...current, [entry.key]: next }))
                        }
                      />
                      {entry.isDefault && !(entry.key in draft) ? (
                        <Text size="xs" c="dimmed">
                          default
                        </Text>
                      ) : (
                        <Button
                          variant="subtle"
                          size="compact-xs"
                          leftSection={<IconArrowBackUp size={14} />}
                          onClick={() => {
                            setDraft(({ [entry.key]: _dropped, ...rest }) => rest)
                            if (!entry.isDefault) reset.mutate(entry.key)
                          }}
                          // The visible words first (WCAG 2.5.3), then which setting.
                          aria-label={`Reset to ${show(entry.defaultValue)}: ${label}`}
                        >
                          Reset to {show(entry.defaultValue)}
                        </Button>
                      )}
                    </Stack>
                  </Group>
                )
              })}
            </Stack>
          </Paper>
        ))}
        <SmtpSettingsSection />
        <MailSettingsSection />
        <TemplatesSection />
        <CalendarFeedSection />
        <AccessTokensSection />
        <ExportSection />
      </Stack>
      <Affix position={{ bottom: 20, right: 20 }}>
        <Transition transition="slide-up" mounted={changed > 0}>
          {(styles) => (
            <Paper p="sm" shadow="md" style={styles}>
              <Group gap="sm">
                <Text size="sm">
                  {changed} unsaved {changed === 1 ? 'change' : 'changes'}
                </Text>
                <Button
                  variant="default"
                  size="sm"
                  onClick={() => {
                    setDraft({})
                    setErrors({})
                  }}
                >
                  Discard
                </Button>
                <Button
                  size="sm"
                  leftSection={<IconDeviceFloppy size={16} />}
                  loading={update.isPending}
                  onClick={save}
                >
                  Save
                </Button>
              </Group>
            </Paper>
          )}
        </Transition>
      </Affix>
    </>
  )
}
