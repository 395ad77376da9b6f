import { randomFillSync } from 'node:crypto'

/**
 * A UUIDv7: time-ordered, so ids sort by creation and index well on both engines.
 *
 * @example newId(ctx.now()) // '019abcd2-7e3f-7c1a-9b2e-4f5a6b7c8d9e'
 */
export function newId(now: Date): string {
  const bytes = new Uint8Array(16)
  randomFillSync(bytes, 6)
  let ms = now.getTime()
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms & 0xff
    ms = Math.floor(ms / 256)
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Buffer.from(bytes).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
