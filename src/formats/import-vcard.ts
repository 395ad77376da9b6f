import { type ParsedRow, parsedRow, refuse } from './contact.ts'
import { detailsLedger } from './details.ts'
import type { FormatInput, FormatStream } from './import.ts'
import { rowWarnings } from './row-warnings.ts'
import { cardBytes } from './text-stream.ts'
import { cardToContact, noCardsMessage } from './vcard.ts'
import { cardReader, type RawCard, streamPhysicalLines } from './vcard-lines.ts'

const LF = 0x0a
const CR = 0x0d
const batchSize = 1000

/**
 * Opens a vCard file as a stream of cards, each a contact or a skipped row,
 * read as `parseVcards` reads a whole file (the line separator is told from
 * the first bytes).
 *
 * @example for await (const batch of openVcards(input).rows()) …
 */
export function openVcards(input: FormatInput): FormatStream {
  const bytes = cardBytes(input.source, input.head)
  const separator = input.head.includes(LF) || !input.head.includes(CR) ? LF : CR
  const warnings = rowWarnings(input.onRowWarning)
  let ledger = detailsLedger()
  let reader = cardReader()
  let cards = 0
  return {
    format: 'vcard',
    async *rows() {
      reader = cardReader()
      ledger = detailsLedger()
      cards = 0
      let batch: ParsedRow[] = []
      const add = (card: RawCard) => {
        input.countRow(++cards)
        batch.push(parsedRow(cardToContact(card, warnings, ledger), card.line))
      }
      for await (const lines of streamPhysicalLines(bytes.chunks(), separator)) {
        for (const line of lines) {
          for (const card of reader.line(line)) add(card)
        }
        if (batch.length >= batchSize) {
          yield batch
          batch = []
        }
      }
      for (const card of reader.end()) add(card)
      if (cards === 0) throw refuse(noCardsMessage)
      if (batch.length > 0) yield batch
    },
    summary: () => ({
      rows: cards,
      warnings: [
        ...bytes.warnings(),
        ...reader.warnings(),
        ...warnings.list(),
        ...ledger.sentences(),
      ],
      columns: ledger.list(),
      encoding:
        reader.usedWindows1252() && bytes.encoding === 'utf-8' ? 'windows-1252' : bytes.encoding,
    }),
  }
}
