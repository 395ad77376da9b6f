/** The id of the element each page's content lives in: where the skip link goes. */
export const mainId = 'main'

/**
 * The first thing a keyboard reaches on every page: a link past the
 * header and navigation to the page itself, hidden until it has focus.
 */
export function SkipLink() {
  return (
    <a className="cc-skip-link" href={`#${mainId}`}>
      Skip to content
    </a>
  )
}
