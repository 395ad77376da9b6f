import { ActionIcon, Group, Kbd, Text, UnstyledButton } from '@mantine/core'
import { spotlight } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import classes from './search-button.module.css'

/** Opens the search box: an input-like button on wide screens, an icon on phones. */
export function SearchButton() {
  return (
    <>
      <UnstyledButton
        className={classes.button}
        onClick={spotlight.open}
        visibleFrom="sm"
        aria-keyshortcuts="Control+K"
      >
        <Group gap="xs" wrap="nowrap">
          <IconSearch size={16} stroke={1.7} />
          <Text size="sm" c="dimmed" flex={1}>
            Search people, notes…
          </Text>
          <Kbd size="xs">Ctrl K</Kbd>
        </Group>
      </UnstyledButton>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={spotlight.open}
        hiddenFrom="sm"
        aria-label="Search"
        aria-keyshortcuts="Control+K"
      >
        <IconSearch size={18} stroke={1.6} />
      </ActionIcon>
    </>
  )
}
