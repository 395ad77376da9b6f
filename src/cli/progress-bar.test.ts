import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { progressBar } from './progress-bar.ts'

function stream(isTTY: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY })
  const chunks: string[] = []
  out.on('data', (c: Buffer) => chunks.push(c.toString()))
  return { out, text: () => chunks.join('') }
}

describe('progressBar', () => {
  it('draws one line on a terminal and clears it when done', () => {
    const { out, text } = stream(true)
    const bar = progressBar(out)
    bar.update('matching', 15_000, 30_000)
    bar.update('matching', 15_001, 30_000) // within 100 ms: not redrawn
    bar.update('writing', 30_000, 30_000) // the end is always drawn
    bar.done()
    expect(text()).toBe(
      `\r[${'#'.repeat(14)}${'-'.repeat(14)}]  50% matching 15,000/30,000\x1b[K` +
        `\r[${'#'.repeat(28)}] 100% writing 30,000/30,000\x1b[K` +
        '\r\x1b[K',
    )
  })

  it('writes nothing when the stream is not a terminal (a pipe, a log, a test)', () => {
    const { out, text } = stream(false)
    const bar = progressBar(out)
    bar.update('matching', 1, 2)
    bar.done()
    expect(text()).toBe('')
  })
})
