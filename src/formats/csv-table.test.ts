import { describe, expect, it } from 'vitest'
import { normalizeNewlines, readCsvTable, scanLines, sniffDelimiter } from './csv-table.ts'

function table(text: string, headerLine = 1) {
  const normalized = normalizeNewlines(text)
  const at = scanLines(normalized)[headerLine - 1]
  if (!at) throw new Error('no such line')
  return readCsvTable(normalized, at)
}

describe('sniffDelimiter: the delimiter Excel used, ignoring quoted text', () => {
  it.each([
    ['First Name,Last Name,URL', ','],
    ['First Name;Company;Position;Connected On', ';'],
    ['First Name\tLast Name\tURL', '\t'],
    ['"a;b;c;d",e,f', ','],
    ['Notes:', ','],
  ])('finds %j delimited by %j', (line, delimiter) => {
    expect(sniffDelimiter(line)).toBe(delimiter)
  })
})

describe('scanLines', () => {
  it('cleans header cells: BOM, quotes, padding commas', () => {
    const lines = scanLines(
      '\uFEFF"Notes:",,\n"long sentence, with a comma",,\n,,\n First Name ,"Last Name"',
    )
    expect(lines.map((l) => l.cells)).toEqual([
      ['Notes:'],
      ['long sentence, with a comma'],
      [],
      ['First Name', 'Last Name'],
    ])
    expect(lines[3]?.line).toBe(4)
  })
})

describe('readCsvTable', () => {
  it('numbers records by the line they start on, across multi-line cells and blank lines', () => {
    const result = table('a,b\r\n1,"two\r\nlines"\r\n\r\n3,4\n5,6')
    expect(result.records).toEqual([
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 5, cells: ['3', '4'] },
      { line: 6, cells: ['5', '6'] },
    ])
  })

  it('starts at the header line and leaves out rows of empty cells', () => {
    const result = table('Notes:\n"x"\n\nh1,h2\n,\n a , b ', 4)
    expect(result.header).toEqual(['h1', 'h2'])
    expect(result.records).toEqual([{ line: 6, cells: [' a ', ' b '] }])
  })

  it('keeps doubled quotes and quotes inside unquoted fields', () => {
    const result = table('a,b\n"Executive Producer, ""Connections""",Say "hi"')
    expect(result.records[0]?.cells).toEqual(['Executive Producer, "Connections"', 'Say "hi"'])
  })

  it('reports a quote never closed with the line it opened on, keeping earlier rows', () => {
    const result = table('a,b\n1,2\n3,"open\n4,5\n6,7')
    expect(result.records).toEqual([{ line: 2, cells: ['1', '2'] }])
    expect(result.unreadable).toEqual([
      {
        row: 3,
        reason:
          'a quoted field opened on line 3 is never closed, so lines 3–5 (the rest of the file) could not be read',
      },
    ])
  })

  it('keeps a row with text after a closing quote rather than dropping it', () => {
    const result = table('a,b\n"x"y,2\n3,4')
    expect(result.unreadable).toEqual([])
    expect(result.records).toEqual([
      { line: 2, cells: ['"x"y', '2'] },
      { line: 3, cells: ['3', '4'] },
    ])
  })
})
