import {
  Input,
  MultiSelect,
  type MultiSelectProps,
  Paper,
  SegmentedControl,
  type SegmentedControlProps,
  Stack,
} from '@mantine/core'
import { type FormEvent, type ReactNode, useId } from 'react'
import { useCareers } from '../../api/careers.ts'
import { careerOptions } from '../records/career-options.ts'
import { FormActions } from './form-actions.tsx'
import { type FieldOf, type FormErrors, showServerIssues } from './validation.ts'

/** What every record form's caller gives it: how to save, and where Cancel goes. */
export interface RecordFormActions<Body> {
  saving: boolean
  saveLabel: string
  cancelTo: string
  onSave: (body: Body, showIssues: (error: unknown) => void) => void
}

/** The part of a Mantine form the frame uses. */
interface SubmittableForm<Values> {
  onSubmit: (handle: (values: Values) => void) => (event?: FormEvent<HTMLFormElement>) => void
  setErrors: (errors: FormErrors) => void
}

interface RecordFormProps<Values, Body> extends RecordFormActions<Body> {
  form: SubmittableForm<Values>
  /** The request body the form's values make: what is saved, and what the server's issues name. */
  toBody: (values: Values) => Body
  fieldOf?: FieldOf
  maw: number
  children: ReactNode
}

/**
 * The frame of a record's create and edit form: a card holding the fields,
 * validated in the browser first, the server's issues shown on the fields
 * they name, and Save and Cancel at the foot.
 */
export function RecordForm<Values, Body>({
  form,
  toBody,
  fieldOf,
  maw,
  children,
  saving,
  saveLabel,
  cancelTo,
  onSave,
}: RecordFormProps<Values, Body>) {
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} maw={maw}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const body = toBody(values)
          onSave(body, (error) => showServerIssues(form, error, body, fieldOf))
        })}
      >
        <Stack gap="md">
          {children}
          <FormActions saving={saving} saveLabel={saveLabel} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Paper>
  )
}

/** The careers a record is about, picked by name from the explorer's careers. */
export function CareersSelect(props: Omit<MultiSelectProps, 'data'>) {
  const careers = useCareers()
  return (
    <MultiSelect
      placeholder="Pick careers"
      data={careerOptions(careers.data?.items ?? [])}
      searchable
      clearable
      nothingFoundMessage="No such career"
      {...props}
    />
  )
}

/** A segmented control with a visible label above it (Mantine's has none of its own). */
export function LabelledSegments({
  label,
  below,
  ...props
}: SegmentedControlProps & { label: string; below?: ReactNode }) {
  const id = useId()
  return (
    <Stack gap={4}>
      <Input.Label id={id}>{label}</Input.Label>
      <SegmentedControl aria-labelledby={id} fullWidth {...props} />
      {below}
    </Stack>
  )
}

/** A list's order, as segments labelled "Order": one of `orders`, each a value and its words. */
export function OrderSegments<Order extends string>({
  value,
  orders,
  onChange,
}: {
  value: Order
  orders: ReadonlyArray<{ value: Order; label: string }>
  onChange: (order: Order) => void
}) {
  return (
    <LabelledSegments
      label="Order"
      fullWidth={false}
      value={value}
      onChange={(picked) => {
        const order = orders.find((o) => o.value === picked)
        if (order) onChange(order.value)
      }}
      data={[...orders]}
    />
  )
}
