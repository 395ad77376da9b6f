import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import { IconCoffee } from '@tabler/icons-react'
import { Link } from 'react-router'

export function Brand({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <UnstyledButton
      component={Link}
      to="/"
      onClick={onNavigate}
      aria-label="coffeechat, go to Today"
    >
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
          <IconCoffee size={21} stroke={1.8} />
        </ThemeIcon>
        <Text fw={700} fz={19} lts={-0.3}>
          coffeechat
        </Text>
      </Group>
    </UnstyledButton>
  )
}
