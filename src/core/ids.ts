import { randomFillSync } from 'node:crypto'

/**
 * A UUIDv7: time-ordered, so ids sort by creation and index well on both engines.
 *
 * @example newId(ctx.now()) // '019abcd2-7e3f-7c1a-9b2e-4f5a6b7c8d9e'
 */
export function newId(now: Date): string {
  const bytes = new Uint8Array(16)
  randomFillSync(bytes, 6)
  return formatId(stampTime(bytes, now))
}

/**
 * UUIDv7s that ascend in the order they are made, all stamped with `now`
 * (RFC 9562's "monotonic random" method: the 74 bits after the time start
 * random and count up by one). For many records made at one instant, such
 * as an import's people: ids of the same millisecond from `newId` fall in
 * random order, so each insert lands on a random page of every index on the
 * id; these append instead. The start leaves room for 2^70 ids.
 *
 * @example const next = idSequence(ctx.now()); next() < next() // true
 */
export function idSequence(now: Date): () => string {
  const bytes = stampTime(new Uint8Array(16), now)
  const random = new Uint8Array(10)
  randomFillSync(random)
  // The 74 counting bits: 12 in bytes 6–7 (after the version), 62 in bytes 8–15 (after the variant).
  let high = (((random[0] ?? 0) & 0x0f) << 8) | (random[1] ?? 0) // 12 bits
  let low = Buffer.from(random.subarray(2)).readBigUInt64BE() & ((1n << 58n) - 1n) // 4 bits of headroom
  return () => {
    low++
    if (low >= 1n << 62n) {
      low = 0n
      high = (high + 1) & 0xfff
    }
    bytes[6] = 0x70 | (high >> 8)
    bytes[7] = high & 0xff
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, 16)
    view.writeBigUInt64BE(low | (1n << 63n), 8)
    return formatId(bytes)
  }
}

function stampTime(bytes: Uint8Array, now: Date): Uint8Array {
  let ms = now.getTime()
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms & 0xff
    ms = Math.floor(ms / 256)
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  return bytes
}

function formatId(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
