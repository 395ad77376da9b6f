import {
  SimpleGrid,
  TagsInput,
  type TagsInputProps,
  TextInput,
  type TextInputProps,
} from '@mantine/core'
import type { ReactNode } from 'react'

/** What a field says: its label, the hint under it and the example in it. */
export interface FieldWords {
  label: string
  description?: string
  placeholder?: string
}

/** A form's words, field by field. */
export type FormWords<Values> = { [Field in keyof Values]?: FieldWords }

/**
 * The props that tie an input to the form's field `path`: its words from
 * the form's table, then the form's value, change handler and error.
 *
 * @example const field = fieldsOf(form, personWords); <TextInput {...field('title')} />
 */
export function fieldsOf<Values, InputProps>(
  form: { getInputProps: (path: keyof Values & string) => InputProps },
  words: FormWords<Values>,
) {
  return (path: keyof Values & string) => ({
    ...words[path],
    ...form.getInputProps(path),
  })
}

/** The record's name: the form's first field, required, focused when the form opens. */
export function NameInput(props: TextInputProps) {
  return <TextInput withAsterisk data-autofocus {...props} />
}

/** Two fields side by side, one above the other on a narrow screen. */
export function FieldPair({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {children}
    </SimpleGrid>
  )
}

/** A list of short entries (emails, phones, web sites), each ended by Enter. */
export function EntriesInput(props: TagsInputProps) {
  return <TagsInput description="Press Enter after each." clearable {...props} />
}
