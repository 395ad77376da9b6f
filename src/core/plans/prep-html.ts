import MarkdownIt from 'markdown-it'
import {
  backgroundNotes,
  type PrepFact,
  prepSubtitle,
  whenFacts,
  whoFacts,
} from './prep-content.ts'
import type { PrepSheet } from './prep-schema.ts'

// Raw HTML in notes is shown as text, never run: notes are Markdown only.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true })

/** Lines to write on under each question, enough for a few handwritten notes. */
const ruledLines = 4

const css = `
  @page { margin: 14mm 16mm; }
  * { box-sizing: border-box; }
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #000; background: #fff;
    max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 18pt; margin: 0 0 .1rem; }
  h2 { font-size: 12.5pt; margin: 1.1rem 0 .35rem; border-bottom: 1px solid #000; padding-bottom: .1rem; }
  h3 { font-size: 11pt; margin: .6rem 0 .2rem; }
  .subtitle { margin: 0 0 .6rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
  dt { font-weight: bold; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .notes p { margin: .2rem 0; }
  .notes a { color: #000; }
  ol.questions { list-style: none; padding: 0; margin: 0; }
  .question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 .7rem; }
  .question .text { font-weight: bold; }
  .question .topic { font-weight: normal; font-style: italic; font-size: 9.5pt; }
  .rule { border-bottom: 1px solid #777; height: 1.55rem; }
  .warning { border-left: 3px solid #000; padding-left: .5rem; font-style: italic; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
    a { text-decoration: none; }
  }
`

/**
 * The prep sheet as a complete standalone HTML document: every value
 * escaped, notes rendered from Markdown with raw HTML off, print CSS for one
 * or two A4/Letter pages (no page break inside a question, ruled lines to
 * write on, black on white).
 *
 * @example prepHtml(sheet).startsWith('<!doctype html>') // true
 */
export function prepHtml(sheet: PrepSheet): string {
  const { who, background } = sheet
  const subtitle = prepSubtitle(sheet)
  const parts: string[] = []
  parts.push(`<h1>Prep sheet: ${esc(who.name)}</h1>`)
  if (subtitle) parts.push(`<p class="subtitle">${esc(subtitle)}</p>`)

  parts.push('<h2>Who</h2>')
  parts.push(facts(whoFacts(sheet)))
  parts.push('<h2>When and where</h2>')
  parts.push(facts(whenFacts(sheet)))
  if (sheet.careers.length > 0) {
    parts.push('<h2>Careers</h2>')
    parts.push(facts(sheet.careers.map((c) => [c.name, c.hypothesis || '—'] as const)))
  }
  const notes = backgroundNotes(sheet)
  if (notes.some(([, text]) => text.trim()) || background.organizationWebsite) {
    parts.push('<h2>Background</h2>')
    for (const [title, text] of notes) {
      if (!text.trim()) continue
      parts.push(`<h3>${esc(title)}</h3><div class="notes">${markdown.render(text)}</div>`)
    }
    if (background.organizationWebsite) {
      parts.push(`<p>Website: ${esc(background.organizationWebsite)}</p>`)
    }
  }
  parts.push(`<h2>Questions (${sheet.questions.length})</h2>`)
  for (const warning of sheet.warnings) parts.push(`<p class="warning">${esc(warning.message)}</p>`)
  if (sheet.questions.length === 0) parts.push('<p>No questions planned yet.</p>')
  else {
    const rules = '<div class="rule"></div>'.repeat(ruledLines)
    parts.push(
      `<ol class="questions">${sheet.questions
        .map(
          (q) =>
            `<li class="question"><div class="text">${q.number}. ${esc(q.text)} <span class="topic">(${esc(q.topicLabel)})</span></div>${rules}</li>`,
        )
        .join('')}</ol>`,
    )
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prep sheet: ${esc(who.name)}</title>
<style>${css}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`
}

function facts(rows: readonly PrepFact[]): string {
  const shown = rows.filter(([, value]) => value?.trim())
  return `<dl>${shown.map(([key, value]) => `<dt>${esc(key)}</dt><dd>${esc(value ?? '')}</dd>`).join('')}</dl>`
}

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}
