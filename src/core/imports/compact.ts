/**
 * Compact stores for what an import keeps for every person until its end
 * (see `personMatcher`): numbers and characters in typed arrays, never an
 * object or a string per person, so 300,000 people cost a few tens of
 * megabytes and nothing for the garbage collector to walk.
 */

/** Entries of a page of `IntList` (64 KB), and bytes of a page of characters. */
const intPage = 1 << 14
const charPage = 1 << 16

/**
 * A list of 32-bit integers that grows as it is written, read back by index
 * (`fill` where nothing was written). It grows a page at a time and never
 * copies: nothing is left behind for the collector, and at most one page
 * stands empty.
 *
 * @example const list = new IntList(-1); list.set(3, 7); list.get(3) // 7
 */
export class IntList {
  readonly #pages: Int32Array[] = []
  #length = 0
  readonly #fill: number

  constructor(fill = 0) {
    this.#fill = fill
  }

  get length(): number {
    return this.#length
  }

  get(index: number): number {
    if (index >= this.#length) return this.#fill
    return this.#pages[index >> 14]?.[index & (intPage - 1)] ?? this.#fill
  }

  set(index: number, value: number): void {
    const pages = this.#pages
    while (pages.length <= index >> 14) pages.push(new Int32Array(intPage).fill(this.#fill))
    const page = pages[index >> 14] as Int32Array
    page[index & (intPage - 1)] = value
    if (index >= this.#length) this.#length = index + 1
  }

  push(value: number): number {
    const index = this.#length
    this.set(index, value)
    return index
  }
}

/**
 * Characters of many strings, one after the other in pages of 64 KB: one
 * byte each when they fit, two otherwise. A string starts at
 * `page * 65536 + offset`; one longer than a page has a page of its own.
 */
class CharArena {
  readonly #pages: Uint8Array[] = []
  #used = charPage

  /** Copies `text` in; answers where it starts and its length (negative: two bytes a character). */
  write(text: string): { start: number; length: number } {
    const n = text.length
    let wide = false
    for (let i = 0; i < n; i++) {
      if (text.charCodeAt(i) > 0xff) {
        wide = true
        break
      }
    }
    const size = wide ? 2 * n : n
    if (this.#used + size > charPage) {
      this.#pages.push(new Uint8Array(Math.max(charPage, size)))
      this.#used = 0
    }
    const page = this.#pages.length - 1
    const bytes = this.#pages[page] as Uint8Array
    const at = this.#used
    if (wide) {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i)
        bytes[at + 2 * i] = c & 0xff
        bytes[at + 2 * i + 1] = c >> 8
      }
    } else for (let i = 0; i < n; i++) bytes[at + i] = text.charCodeAt(i)
    // A page of its own is full.
    this.#used = size > charPage ? charPage : at + size
    return { start: page * charPage + at, length: wide ? -n : n }
  }

  /** Whether the characters at `start` (`length` as `write` answered) are exactly `text`. */
  equals(start: number, length: number, text: string): boolean {
    // An empty string has no page.
    if (length === 0) return text.length === 0
    const bytes = this.#pages[Math.floor(start / charPage)]
    if (!bytes) return false
    const at = start % charPage
    if (length >= 0) {
      if (length !== text.length) return false
      for (let i = 0; i < length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false
      return true
    }
    if (-length !== text.length) return false
    for (let i = 0; i < text.length; i++) {
      const c = (bytes[at + 2 * i] ?? 0) | ((bytes[at + 2 * i + 1] ?? 0) << 8)
      if (c !== text.charCodeAt(i)) return false
    }
    return true
  }

  /** The string at `start`. */
  read(start: number, length: number): string {
    const bytes = this.#pages[Math.floor(start / charPage)] ?? new Uint8Array(0)
    const at = start % charPage
    let text = ''
    if (length >= 0) {
      for (let i = 0; i < length; i++) text += String.fromCharCode(bytes[at + i] ?? 0)
    } else {
      for (let i = 0; i < -length; i++) {
        text += String.fromCharCode((bytes[at + 2 * i] ?? 0) | ((bytes[at + 2 * i + 1] ?? 0) << 8))
      }
    }
    return text
  }
}

/** A string's hash (FNV-1a over its UTF-16 code units, then mixed). */
function hashOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** How full a `KeyTable`'s places may be (linear probing stays short below it). */
const maxLoad = 0.7

/**
 * A set of strings with a 32-bit integer for each: what a `Map<string,
 * number>` answers, with the characters in one arena and the rest in
 * typed arrays (open addressing). Keys are never removed. An entry is a
 * key's place, fixed once it is added.
 *
 * @example const keys = new KeyTable(); keys.add('ada', 7); keys.value(keys.find('ada')) // 7
 */
export class KeyTable {
  readonly #chars = new CharArena()
  #starts = new IntList()
  #lengths = new IntList()
  #hashes = new IntList()
  #values = new IntList()
  #size = 0
  // Entry + 1 at each place, 0 where none; never more than `maxLoad` full.
  #table = new Int32Array(64)

  get size(): number {
    return this.#size
  }

  /** The entry of `key`, or -1. */
  find(key: string): number {
    return this.#lookup(key, hashOf(key))
  }

  /** Adds `key` (which must be absent) with `value`; answers its entry. */
  add(key: string, value: number): number {
    const hash = hashOf(key)
    if (this.#size + 1 > maxLoad * this.#table.length) this.#grow()
    const entry = this.#size++
    const { start, length } = this.#chars.write(key)
    this.#starts.set(entry, start)
    this.#lengths.set(entry, length)
    this.#hashes.set(entry, hash)
    this.#values.set(entry, value)
    this.#place(entry, hash)
    return entry
  }

  value(entry: number): number {
    return this.#values.get(entry)
  }

  setValue(entry: number, value: number): void {
    this.#values.set(entry, value)
  }

  /** The key of `entry`. */
  key(entry: number): string {
    return this.#chars.read(this.#starts.get(entry), this.#lengths.get(entry))
  }

  #lookup(key: string, hash: number): number {
    const table = this.#table
    const mask = table.length - 1
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const found = (table[at] ?? 0) - 1
      if (found < 0) return -1
      if (
        this.#hashes.get(found) === hash &&
        this.#chars.equals(this.#starts.get(found), this.#lengths.get(found), key)
      ) {
        return found
      }
    }
  }

  #place(entry: number, hash: number): void {
    const table = this.#table
    const mask = table.length - 1
    let at = hash & mask
    while (table[at] !== 0) at = (at + 1) & mask
    table[at] = entry + 1
  }

  #grow(): void {
    this.#table = new Int32Array(this.#table.length * 2)
    for (let entry = 0; entry < this.#size; entry++) this.#place(entry, this.#hashes.get(entry))
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Ids in a page of `IdList` (64 KB). */
const idPage = 1 << 12

/**
 * The ids of people, by slot: 16 bytes for each (lower-case) UUID, in
 * pages as `IntList`; the string itself for any other id.
 *
 * @example const ids = new IdList(); ids.push('019abcd2-7e3f-7c1a-9b2e-4f5a6b7c8d9e'); ids.get(0)
 */
export class IdList {
  readonly #pages: Buffer[] = []
  #length = 0
  readonly #others = new Map<number, string>()

  get length(): number {
    return this.#length
  }

  push(id: string): number {
    const slot = this.#length++
    if (!uuid.test(id)) {
      this.#others.set(slot, id)
      return slot
    }
    // Buffer.alloc, not allocUnsafe: a page of its own, never a slice of the shared pool.
    if (this.#pages.length <= slot >> 12) this.#pages.push(Buffer.alloc(16 * idPage))
    const page = this.#pages[slot >> 12] as Buffer
    page.write(id.replaceAll('-', ''), 16 * (slot & (idPage - 1)), 16, 'hex')
    return slot
  }

  /** The id at `slot` ('' past the end). */
  get(slot: number): string {
    if (slot < 0 || slot >= this.#length) return ''
    const other = this.#others.get(slot)
    if (other !== undefined) return other
    const at = 16 * (slot & (idPage - 1))
    const hex = this.#pages[slot >> 12]?.toString('hex', at, at + 16) ?? ''
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
}
