/**
 * What one message's headers say, before anyone is looked up: an automatic
 * reply (and until when its sender is away), a bounce, or plain mail.
 * Pure: headers in, a verdict out.
 */

export type MailNature =
  | { nature: 'mail' }
  | { nature: 'auto_reply'; absentUntil: string | null }
  | { nature: 'bounce'; failedRecipients: string[] }

/** Lower-cased header names to their (unfolded) values. */
export type Headers = ReadonlyMap<string, string>

const outOfOfficeSubjects = [
  /out of (the )?office/i,
  /automatic reply/i,
  /auto(matic)?[- ]?reply/i,
  /\bvacation\b/i,
  /\babsence\b/i,
  /abwesenheitsnotiz/i,
  /\babwesend\b/i,
  /automatische antwort/i,
  /\babsent\b/i,
  /r[ée]ponse automatique/i,
  /absence du bureau/i,
]

/**
 * @example classifyMail(parseHeaders('Auto-Submitted: auto-replied\r\n'), '').nature // 'auto_reply'
 */
export function classifyMail(headers: Headers, firstLines: string): MailNature {
  const contentType = headers.get('content-type') ?? ''
  if (/multipart\/report/i.test(contentType) && /delivery-status/i.test(contentType)) {
    return { nature: 'bounce', failedRecipients: failedRecipients(firstLines) }
  }
  const autoSubmitted = (headers.get('auto-submitted') ?? 'no').trim().toLowerCase()
  const precedence = (headers.get('precedence') ?? '').trim().toLowerCase()
  const subject = headers.get('subject') ?? ''
  if (
    autoSubmitted !== 'no' ||
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    precedence === 'auto_reply' ||
    outOfOfficeSubjects.some((pattern) => pattern.test(subject))
  ) {
    return { nature: 'auto_reply', absentUntil: absenceEnd(`${subject}\n${firstLines}`) }
  }
  return { nature: 'mail' }
}

const months: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  décembre: 12,
  decembre: 12,
}

/**
 * The last day of an absence an auto-reply names ("back on 2026-03-16",
 * "until March 16, 2026", "bis zum 16.03.2026", "jusqu'au 16 mars 2026"),
 * as YYYY-MM-DD; null when it names none.
 */
export function absenceEnd(text: string): string | null {
  const dates: string[] = []
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    dates.push(ymd(Number(m[1]), Number(m[2]), Number(m[3])))
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g))
    dates.push(ymd(Number(m[3]), Number(m[2]), Number(m[1])))
  for (const m of text.matchAll(/\b(\d{1,2})\.?\s+([a-zäéû]+)\.?\s+(\d{4})\b/gi)) {
    const month = months[(m[2] ?? '').toLowerCase()]
    if (month) dates.push(ymd(Number(m[3]), month, Number(m[1])))
  }
  for (const m of text.matchAll(/\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi)) {
    const month = months[(m[1] ?? '').toLowerCase()]
    if (month) dates.push(ymd(Number(m[3]), month, Number(m[2])))
  }
  const valid = dates.filter((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
  return valid.sort().at(-1) ?? null
}

function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function failedRecipients(text: string): string[] {
  return [...text.matchAll(/(?:Final|Original)-Recipient:\s*rfc822;\s*<?([^\s>]+)>?/gi)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  )
}

/**
 * Header block to a map (unfolded, lower-cased names; the first of repeats).
 *
 * @example parseHeaders('Subject: hi\r\n').get('subject') // 'hi'
 */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
  }
  return headers
}

/** Message-IDs named in In-Reply-To and References. */
export function referencedIds(headers: Headers): string[] {
  const text = `${headers.get('in-reply-to') ?? ''} ${headers.get('references') ?? ''}`
  return [...text.matchAll(/<([^<>\s]+)>/g)].flatMap((m) => (m[1] ? [m[1]] : []))
}
