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

/** What a searching select needs to know about one kind of record. */
interface RecordSearch<T extends { id: string; name: string }> {
  /** The page of records whose name contains the query (a TanStack query). */
  useSearch: (query: string) => {
    data?: { items: T[] } | undefined
    isPending: boolean
    isFetching: boolean
  }
  /** The one record already chosen, when the search did not bring it. */
  useOne: (id: string, options: { enabled: boolean }) => { data?: T | undefined }
  label: (record: T) => string
  nothingFound: string
}

/**
 * A select that searches the server by name as you type (lists may hold
 * thousands), keeps the chosen record's name shown, and leaves out `excludeId`.
 */
function RecordSelect<T extends { id: string; name: string }>({
  search: kind,
  value,
  onChange,
  selectedName,
  excludeId,
  ...props
}: RecordSelectProps & { search: RecordSearch<T> }) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const [chosenName, setChosenName] = useState(selectedName ?? null)
  const results = kind.useSearch(debounced === chosenName ? '' : debounced)
  const found = useMemo(
    () => (results.data?.items ?? []).map((r) => ({ value: r.id, label: kind.label(r) })),
    [results.data, kind],
  )
  const known = Boolean(chosenName) || found.some((o) => o.value === value)
  const selected = kind.useOne(value ?? '', {
    enabled: Boolean(value) && !known && !results.isPending,
  })
  const shownName = chosenName ?? selected.data?.name
  const data = useMemo(() => {
    const options: Option[] = found.filter((o) => o.value !== excludeId)
    if (value && shownName && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: shownName })
    }
    return options
  }, [found, value, shownName, excludeId])
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
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      nothingFoundMessage={results.isFetching ? 'Searching…' : kind.nothingFound}
    />
  )
}

const peopleSearch: RecordSearch<{ id: string; name: string; organization: string | null }> = {
  useSearch: (q) => usePeople({ q, limit: 30, sort: 'name' }),
  useOne: usePerson,
  label: (p) => (p.organization ? `${p.name} (${p.organization})` : p.name),
  nothingFound: 'Nobody by that name',
}

const organizationSearch: RecordSearch<{ id: string; name: string }> = {
  useSearch: (q) => useOrganizations({ q, limit: 30, sort: 'name' }),
  useOne: useOrganization,
  label: (o) => o.name,
  nothingFound: 'No organization by that name',
}

/** Picks a person, searching the server by name as you type. */
export function PersonSelect(props: RecordSelectProps) {
  return <RecordSelect {...props} search={peopleSearch} />
}

/** Picks an organization, searching the server by name as you type. */
export function OrganizationSelect(props: RecordSelectProps) {
  return <RecordSelect {...props} search={organizationSearch} />
}
