import { describe, expect, it } from 'vitest'
import { countWords, findFolded, foldText, messageParts, sentences, words } from './words.ts'

describe('words', () => {
  it('counts contractions, hyphenated words and numbers as one word each', () => {
    expect(words('Hi Ana, I’m a mid-career e-mail user with 20 years.').map((w) => w.text)).toEqual(
      ['Hi', 'Ana', 'I’m', 'a', 'mid-career', 'e-mail', 'user', 'with', '20', 'years'],
    )
    expect(countWords('  ')).toBe(0)
    expect(countWords('Café crème, s’il vous plaît')).toBe(5)
  })

  it('gives offsets into the original text', () => {
    const [, second] = words('Hello  wörld')
    expect(second).toEqual({ text: 'wörld', start: 7, end: 12 })
  })
})

describe('folding', () => {
  it('ignores case, accents (composed or not) and curly quotes', () => {
    expect(foldText('RÉSUMÉ').folded).toBe('resume')
    expect(foldText('Re\u0301sume\u0301').folded).toBe('resume')
    expect(foldText('you’re — ok').folded).toBe("you're - ok")
  })

  it('maps matches back to the original text', () => {
    const text = 'My Re\u0301sume\u0301 and my CV'
    expect(findFolded(text, /\bresume\b/).map((t) => t.text)).toEqual(['Re\u0301sume\u0301'])
    expect(findFolded(text, /\bcv\b/)).toEqual([{ text: 'CV', start: 19, end: 21 }])
    expect(findFolded('ﬁne', /fine/)).toEqual([{ text: 'ﬁne', start: 0, end: 3 }])
  })
})

describe('sentences', () => {
  it('splits on punctuation, blank lines and short lines', () => {
    const text =
      'Hi Ana,\nDr. Park suggested I write, e.g. about pricing. Would you have 20 minutes?\n\nBest,\nSam'
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Hi Ana,',
      'Dr. Park suggested I write, e.g. about pricing.',
      'Would you have 20 minutes?',
      'Best,',
      'Sam',
    ])
  })

  it('keeps a hard-wrapped sentence together', () => {
    const text =
      'I found your talk on pricing models at the conference\nin Berlin really useful. Thanks!'
    expect(sentences(text).map((s) => s.text)).toEqual([
      'I found your talk on pricing models at the conference\nin Berlin really useful.',
      'Thanks!',
    ])
  })

  it('keeps offsets that slice back to each sentence', () => {
    const text = '  One. Two?  Three!'
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('message parts', () => {
  it('separates greeting, body and sign-off', () => {
    const parts = messageParts(
      'Dear Dr. Lopez,\n\nI read your article. Could we talk?\n\nBest regards,\nSam Lee',
    )
    expect(parts.greeting?.text).toBe('Dear Dr. Lopez,')
    expect(parts.body.map((s) => s.text)).toEqual(['I read your article.', 'Could we talk?'])
    expect(parts.signOff.map((s) => s.text)).toEqual(['Best regards,', 'Sam Lee'])
  })

  it('does not take a first sentence for a greeting just because it starts with "Hi"', () => {
    const parts = messageParts(
      'Hi Ana, Dana Park suggested I write to you about your work in pricing.',
    )
    expect(parts.greeting).toBeNull()
    expect(parts.body).toHaveLength(1)
  })

  it('keeps a closing "Thank you" in the body when more text follows', () => {
    const parts = messageParts(
      'Thank you. I learned a lot today and I will read the book you mentioned.',
    )
    expect(parts.signOff).toEqual([])
    expect(parts.body).toHaveLength(2)
  })
})
