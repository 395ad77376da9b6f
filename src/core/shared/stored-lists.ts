import type { NextPerson } from '../reflections/schema.ts'

/** A JSON list of strings as stored (emails, tags, pros, cons); anything else reads as empty. */
export function jsonList(text: string): string[] {
  return storedArray(text).filter((v): v is string => typeof v === 'string')
}

/** Profiles as stored (`[{ service, address }]`); anything else reads as none. */
export function storedProfiles(text: string): Array<{ service: string; address: string }> {
  return storedArray(text).flatMap(
    (item): Array<{ service: string; address: string }> =>
      item &&
      typeof item === 'object' &&
      'service' in item &&
      typeof item.service === 'string' &&
      'address' in item &&
      typeof item.address === 'string'
        ? [{ service: item.service, address: item.address }]
        : [],
  )
}

/** Next people as stored; plain strings (names only) are read too. */
export function readNextPeople(text: string): NextPerson[] {
  return storedArray(text).flatMap((item): NextPerson[] => {
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

/** The items of a stored JSON array; anything else reads as none. */
export function storedArray(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value : []
  } catch {
    return []
  }
}
