/**
 * Folds text for matching: compatibility-decomposed, accents removed,
 * lower-cased. "Crème", "CREME" and a decomposed "Cre\u0300me" all fold to "creme".
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Collapses runs of whitespace (tabs, NBSP included) and trims. */
export function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
