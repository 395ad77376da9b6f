import type { Headers } from './classify.ts'

/**
 * The first few lines of a message's text, which is all that is ever kept of
 * a body: the plain part of a multipart message, quoted lines left out.
 *
 * @example firstLinesOf('Happy to!\r\n\r\n> your mail', new Map()) // 'Happy to!'
 */
export function firstLinesOf(text: string, headers: Headers, maxLines = 3): string {
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1]
  let body = text
  if (boundary) {
    const part = text.split(`--${boundary}`).find((p) => /content-type:\s*text\/plain/i.test(p))
    body = part ? part.replace(/^[\s\S]*?\r?\n\r?\n/, '') : ''
  }
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('>') && !/^On .+wrote:$/.test(line))
    .slice(0, maxLines)
    .join('\n')
    .slice(0, 400)
}
