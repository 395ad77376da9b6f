import { Button, Group, List, Stack, Text, Textarea, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { type ReactNode, useState } from 'react'
import type { ReferralAsk } from '../../../core/referral-asks/schema.ts'

/**
 * The advice on asking someone for referrals: a check mark when it is a
 * good time, else each caution in words. Advice, not a lock: see
 * `ReasonToAsk` for going ahead anyway.
 */
export function ReferralAdvice({ ask, reason }: { ask: ReferralAsk; reason?: string | null }) {
  const advice = ask.advice
  if (!advice) {
    return (
      <Text size="sm" c="dimmed" data-testid="referral-advice">
        {ask.summary}
      </Text>
    )
  }
  if (advice.cautions.length === 0) {
    return (
      <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="referral-advice">
        <ThemeIcon color="green" variant="light" size="md" radius="xl" aria-hidden>
          <IconCircleCheck size={18} />
        </ThemeIcon>
        <div>
          <Text size="sm" fw={600}>
            A good time to ask
          </Text>
          <Text size="sm" c="dimmed">
            They answer quickly (a booster), and enough time has passed since you met (advised from{' '}
            {advice.advisedFrom}).
          </Text>
        </div>
      </Group>
    )
  }
  return (
    <Stack gap={6} data-testid="referral-advice">
      <Text size="sm" fw={600}>
        Better not ask yet
      </Text>
      <List
        size="sm"
        spacing={4}
        icon={
          <ThemeIcon color="yellow" variant="light" size="sm" radius="xl" aria-hidden>
            <IconAlertTriangle size={14} />
          </ThemeIcon>
        }
      >
        {advice.cautions.map((caution) => (
          <List.Item key={caution.code}>{caution.message}</List.Item>
        ))}
      </List>
      {reason ? (
        <Text size="sm" data-testid="referral-reason">
          <Text span fw={600}>
            Asking anyway:
          </Text>{' '}
          {reason}
        </Text>
      ) : null}
    </Stack>
  )
}

interface ReasonToAskProps {
  /** What the button says, such as "Ask anyway". */
  label: string
  icon?: ReactNode
  pending?: boolean
  error?: string | null
  onGo: (reason: string) => void
}

/** Going ahead against the advice: only after saying why. */
export function ReasonToAsk({ label, icon, pending = false, error, onGo }: ReasonToAskProps) {
  const [reason, setReason] = useState('')
  const given = reason.trim()
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (given) onGo(given)
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Why ask anyway?"
          description="Advice, not a rule: say why, so the choice is yours on purpose."
          placeholder="She offered to introduce me to her team lead."
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          required
          error={error ?? undefined}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            leftSection={icon}
            loading={pending}
            disabled={!given}
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
