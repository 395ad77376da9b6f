import { Readable } from 'node:stream'
import { CsvError, type Options, Parser } from 'csv-parse'
import type { SkippedRow } from './contact.ts'
import {
  type CsvRecord,
  csvTableOptions,
  describeCsvError,
  type LineIndex,
  recordStartLine,
  type ScannedLine,
} from './csv-table.ts'
import type { TextStream } from './text-stream.ts'

const LF = 0x0a
/** Records handed on at a time: enough to make each hand-over cheap, few enough to hold. */
const batchSize = 1000

/**
 * The first lines of a text stream as text, for the header scan: up to
 * `maxLines` lines, or the first `maxBytes` when the lines are longer.
 *
 * @example scanLines(await readTextHead(text))
 */
export async function readTextHead(
  text: TextStream,
  maxLines = 10,
  maxBytes = 1024 * 1024,
): Promise<string> {
  const parts: Buffer[] = []
  let length = 0
  let lines = 0
  for await (const chunk of text.chunks()) {
    parts.push(chunk)
    length += chunk.length
    for (let i = chunk.indexOf(LF); i !== -1 && lines < maxLines; i = chunk.indexOf(LF, i + 1)) {
      lines++
    }
    if (lines >= maxLines || length >= maxBytes) break
  }
  return Buffer.concat(parts, length).subarray(0, maxBytes).toString('utf8')
}

/** A record, or a record the parser could not read, in file order. */
export type CsvItem = { record: CsvRecord } | { unreadable: SkippedRow }

/**
 * Streams the records of a CSV table from its header line `at` on (the
 * header itself left out), in batches, with the same options, line numbers
 * and unreadable-record reports as `readCsvTable` on the whole text.
 * `onRow` is called once per row (record or unreadable one) before it is
 * handed on, so a caller can stop a file with too many.
 *
 * @example for await (const batch of streamCsvRecords(text, header, () => {})) …
 */
export async function* streamCsvRecords(
  text: TextStream,
  at: ScannedLine,
  onRow: (count: number) => void,
): AsyncGenerator<CsvItem[]> {
  const lineBase = at.line - 1
  const lines = lineTracker()
  const pending: SkippedRow[] = []
  let isHeader = true
  let lastLine = 0
  const options: Options<CsvRecord, string[]> = {
    ...csvTableOptions(at.delimiter),
    on_skip: (error: CsvError | undefined) => {
      if (error) pending.push(describeCsvError(error, lineBase + lastLine, lines))
    },
    on_record: (cells, context) => {
      lastLine = context.lines
      if (isHeader) {
        isHeader = false
        return null
      }
      if (!cells.some((c) => c.trim() !== '')) return null
      return { line: recordStartLine(lineBase, context.lines, cells), cells }
    },
  }
  // The typings know only string[] records; on_record makes them CsvRecords.
  const parser = new Parser(options as unknown as Options)
  const input = Readable.from(fromLine(text, lineBase, lines))
  input.once('error', (error) => parser.destroy(error))
  input.pipe(parser)
  let rows = 0
  let batch: CsvItem[] = []
  const flushPending = (before: number) => {
    while (pending.length > 0 && (pending[0]?.row ?? 0) <= before) {
      const unreadable = pending.shift()
      if (unreadable) {
        onRow(++rows)
        batch.push({ unreadable })
      }
    }
  }
  try {
    try {
      for await (const record of parser as AsyncIterable<CsvRecord>) {
        flushPending(record.line)
        onRow(++rows)
        batch.push({ record })
        if (batch.length >= batchSize) {
          yield batch
          batch = []
        }
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error
      pending.push(describeCsvError(error, lineBase + lastLine, lines))
    }
    flushPending(Number.POSITIVE_INFINITY)
    if (batch.length > 0) yield batch
  } finally {
    input.destroy()
    parser.destroy()
  }
}

/** The text from line `skip + 1` on, noting every line on the way. */
async function* fromLine(
  text: TextStream,
  skip: number,
  lines: ReturnType<typeof lineTracker>,
): AsyncGenerator<Buffer> {
  let toSkip = skip
  for await (const chunk of text.chunks()) {
    lines.feed(chunk)
    let start = 0
    while (toSkip > 0 && start < chunk.length) {
      const end = chunk.indexOf(LF, start)
      if (end === -1) {
        start = chunk.length
        break
      }
      start = end + 1
      toSkip--
    }
    if (start < chunk.length) yield start === 0 ? chunk : chunk.subarray(start)
  }
  lines.end()
}

/** Bytes a blank line may start with: ASCII whitespace and the lead bytes of Unicode spaces. */
const maybeSpace = new Set([0x20, 0x09, 0x0b, 0x0c, 0xc2, 0xe1, 0xe2, 0xe3, 0xef])
/** Whitespace-only lines longer than this count as text (none is seen in real files). */
const longestBlank = 256

/**
 * Which lines of a streamed text are blank, one bit per line, and how many
 * lines it has: what an unreadable record's report needs, without keeping
 * the text.
 */
function lineTracker(): LineIndex & { feed(chunk: Buffer): void; end(): void } {
  let blank = new Uint8Array(1024)
  let line = 1
  let current: Buffer[] = []
  let currentLength = 0
  let ended = false
  let lastNonEmpty = true
  const mark = (n: number) => {
    if (n >> 3 >= blank.length) {
      const grown = new Uint8Array(Math.max(blank.length * 2, (n >> 3) + 1))
      grown.set(blank)
      blank = grown
    }
    blank[n >> 3] = (blank[n >> 3] ?? 0) | (1 << (n & 7))
  }
  const isBlank = (n: number) => ((blank[n >> 3] ?? 0) & (1 << (n & 7))) !== 0
  const finishLine = () => {
    if (currentLength === 0) mark(line)
    else if (currentLength <= longestBlank && maybeSpace.has(current[0]?.[0] ?? 0)) {
      if (Buffer.concat(current).toString('utf8').trim() === '') mark(line)
    }
    current = []
    currentLength = 0
  }
  const add = (piece: Buffer) => {
    if (piece.length === 0) return
    if (currentLength <= longestBlank) current.push(piece)
    currentLength += piece.length
  }
  return {
    feed(chunk) {
      let start = 0
      for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
        add(chunk.subarray(start, end))
        finishLine()
        line++
        start = end + 1
      }
      add(chunk.subarray(start))
      lastNonEmpty = currentLength > 0
    },
    end() {
      ended = true
      if (lastNonEmpty) finishLine()
    },
    firstNonBlankAfter(after) {
      const last = this.lastLine()
      let n = after + 1
      while (n < last && isBlank(n)) n++
      return Math.min(n, last)
    },
    // A final line break ends the last line; it does not start another.
    lastLine: () => (ended && !lastNonEmpty ? line - 1 : line),
  }
}
