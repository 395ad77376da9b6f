import { Loader, Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMemo, useState } from 'react'
import { useOrganization, useOrganizations } from '../../api/organizations.ts'
import { usePeople, usePerson } from '../../api/people.ts'

interface RecordSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value?: string | null
  onChange?: (value: string | null) => void
  /** The name of the record already chosen, so it shows before any search. */
  selectedName?: string | null
  /** A record that may not be picked (a person cannot refer themselves). */
  excludeId?: string
}

interface Option {
  value: string
  label: string
}

function useMergedOptions(
  found: Option[],
  value: string | null | undefined,
  selectedName: string | null | undefined,
  excludeId?: string,
) {
  return useMemo(() => {
    const options = found.filter((o) => o.value !== excludeId)
    if (value && selectedName && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: selectedName })
    }
    return options
  }, [found, value, selectedName, excludeId])
}

/** Picks a person, searching the server by name as you type (lists may hold thousands). */
export function PersonSelect({
  value,
  onChange,
  selectedName,
  excludeId,
  ...props
}: RecordSelectProps) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const [chosenName, setChosenName] = useState(selectedName ?? null)
  const query = debounced === chosenName ? '' : debounced
  const people = usePeople({ q: query, limit: 30, sort: 'name' })
  const found = useMemo(
    () =>
      (people.data?.items ?? []).map((p) => ({
        value: p.id,
        label: p.organization ? `${p.name} (${p.organization})` : p.name,
      })),
    [people.data],
  )
  const known = Boolean(chosenName) || found.some((o) => o.value === value)
  const selected = usePerson(value ?? '', {
    enabled: Boolean(value) && !known && !people.isPending,
  })
  const data = useMergedOptions(found, value, chosenName ?? selected.data?.name, excludeId)
  return (
    <Select
      {...props}
      data={data}
      value={value ?? null}
      onChange={(next, option) => {
        setChosenName(option?.label ?? null)
        onChange?.(next)
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      rightSection={people.isFetching ? <Loader size={14} /> : undefined}
      nothingFoundMessage={people.isFetching ? 'Searching…' : 'Nobody by that name'}
    />
  )
}

/** Picks an organization, searching the server by name as you type. */
export function OrganizationSelect({
  value,
  onChange,
  selectedName,
  excludeId,
  ...props
}: RecordSelectProps) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const [chosenName, setChosenName] = useState(selectedName ?? null)
  const query = debounced === chosenName ? '' : debounced
  const organizations = useOrganizations({ q: query, limit: 30, sort: 'name' })
  const found = useMemo(
    () => (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
    [organizations.data],
  )
  const known = Boolean(chosenName) || found.some((o) => o.value === value)
  const selected = useOrganization(value ?? '', {
    enabled: Boolean(value) && !known && !organizations.isPending,
  })
  const data = useMergedOptions(found, value, chosenName ?? selected.data?.name, excludeId)
  return (
    <Select
      {...props}
      data={data}
      value={value ?? null}
      onChange={(next, option) => {
        setChosenName(option?.label ?? null)
        onChange?.(next)
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      rightSection={organizations.isFetching ? <Loader size={14} /> : undefined}
      nothingFoundMessage={organizations.isFetching ? 'Searching…' : 'No organization by that name'}
    />
  )
}
