import type { PayPeriod } from './schema.ts'

/**
 * Pay figures as people say them in a conversation ("€68–75k plus a 13th
 * month", "4,500 EUR a month", "$95,000 to $110,000"), found in the notes
 * of a meeting so the reflection can offer them for the pay ledger. Only a
 * number with a currency counts: "45–50 hours" and "10–20% bonus" are not
 * pay. The explorer adds what is right and corrects the rest.
 */

/** One figure found, with the words it was found in. */
export interface PayMention {
  low: number
  high: number
  currency: string
  period: PayPeriod
  text: string
}

const signs: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' }
const codes = /^(EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CAD|AUD|JPY|INR)$/i
const words: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
}

const amount = String.raw`(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)\s?(k|K)?`
const sign = '([€$£])'
const code = '([A-Za-z]{3,7})'
const range = String.raw`\s?(?:-|–|—|to)\s?`
const period = String.raw`(?:\s?(?:/\s?|a |an |per )(year|yr|annum|month|mo|week|wk|day|hour|hr|h)\b|\s(annually|yearly|monthly|weekly|daily|hourly)\b)?`

/** €68–75k, $95,000 to $110,000 per year */
const signFirst = new RegExp(`${sign}${amount}(?:${range}[€$£]?${amount})?${period}`, 'g')
/** 4,500 EUR a month, 80-90k GBP */
const codeAfter = new RegExp(`${amount}(?:${range}${amount})?\\s?(?:${sign}|${code})${period}`, 'g')

const periodWords: Record<string, PayPeriod> = {
  year: 'year',
  yr: 'year',
  annum: 'year',
  annually: 'year',
  yearly: 'year',
  month: 'month',
  mo: 'month',
  monthly: 'month',
  week: 'week',
  wk: 'week',
  weekly: 'week',
  day: 'day',
  daily: 'day',
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  hourly: 'hour',
}

/**
 * The pay figures in a text, in the order said.
 *
 * @example findPayMentions('€68–75k plus a 13th month')
 * // [{ low: 68000, high: 75000, currency: 'EUR', period: 'year', text: '€68–75k' }]
 */
export function findPayMentions(text: string): PayMention[] {
  const found: Array<PayMention & { at: number }> = []
  for (const m of text.matchAll(signFirst)) {
    const [whole, s = '', low = '', lowK, high, highK, p1, p2] = m
    const mention = build(whole, signs[s] ?? '', low, lowK, high, highK, p1 ?? p2)
    if (mention) found.push({ ...mention, at: m.index })
  }
  for (const m of text.matchAll(codeAfter)) {
    const [whole, low = '', lowK, high, highK, s, c, p1, p2] = m
    const currency = s ? (signs[s] ?? '') : currencyOf(c ?? '')
    if (!currency) continue
    if (found.some((f) => overlaps(f.at, f.text.length, m.index, whole.length))) continue
    const mention = build(whole, currency, low, lowK, high, highK, p1 ?? p2)
    if (mention) found.push({ ...mention, at: m.index })
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _, ...mention }) => mention)
}

function currencyOf(word: string): string {
  if (codes.test(word)) return word.toUpperCase()
  return words[word.toLowerCase()] ?? ''
}

function build(
  whole: string,
  currency: string,
  lowText: string,
  lowK: string | undefined,
  highText: string | undefined,
  highK: string | undefined,
  periodText: string | undefined,
): PayMention | null {
  if (!currency) return null
  const thousands = Boolean(lowK || highK)
  let low = number(lowText) * (lowK ? 1000 : 1)
  let high = highText === undefined ? low : number(highText) * (highK || lowK ? 1000 : 1)
  // "€68–75k": the k of the high end is the low end's too.
  if (highK && !lowK && low < 1000) low *= 1000
  if (!Number.isFinite(low) || !Number.isFinite(high) || low <= 0) return null
  if (high < low) [low, high] = [high, low]
  const said = periodText ? periodWords[periodText.toLowerCase()] : undefined
  const period = said ?? (thousands || low >= 1000 ? 'year' : undefined)
  if (!period) return null
  return { low, high, currency, period, text: whole.trim() }
}

/** "4,500" and "95.000" are thousands; "4.5" is not. */
function number(text: string): number {
  const compact = text.replace(/\s/g, '')
  if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''))
  return Number(compact.replace(',', '.'))
}

function overlaps(a: number, aLength: number, b: number, bLength: number): boolean {
  return a < b + bLength && b < a + aLength
}
