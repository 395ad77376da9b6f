import type { NextPerson } from '../reflections/schema.ts'

/** A JSON list of strings as stored (emails, tags, pros, cons); anything else reads as empty. */
export function jsonList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

/** Profiles as stored (`[{ service, address }]`); anything else reads as none. */
export function storedProfiles(text: string): Array<{ service: string; address: string }> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  return value.flatMap(
    (item): Array<{ service: string; address: string }> =>
      item &&
      typeof item === 'object' &&
      typeof item.service === 'string' &&
      typeof item.address === 'string'
        ? [{ service: item.service, address: item.address }]
        : [],
  )
}

/** Next people as stored; plain strings (names only) are read too. */
export function readNextPeople(text: string): NextPerson[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  return value.flatMap((item): NextPerson[] => {
    if (typeof item === 'string')
      return item.trim() ? [{ name: item, note: '', personId: null }] : []
    if (item && typeof item === 'object' && 'name' in item && typeof item.name === 'string') {
      const note = 'note' in item && typeof item.note === 'string' ? item.note : ''
      const personId =
        'personId' in item && typeof item.personId === 'string' ? item.personId : null
      return [{ name: item.name, note, personId }]
    }
    return []
  })
}
