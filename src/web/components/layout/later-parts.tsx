import { lazy, Suspense } from 'react'

// Parts of the frame that nothing on a page's first draw needs: their code
// (the search box's dialog, the hosted account menu) comes just after, so the
// first page carries less. Each has its own boundary, so it never holds up
// the page around it.
const LazySearchSpotlight = lazy(() =>
  import('../search/search-spotlight.tsx').then((m) => ({ default: m.SearchSpotlight })),
)
const LazyAccountMenu = lazy(() =>
  import('../auth/account-menu.tsx').then((m) => ({ default: m.AccountMenu })),
)

/** The search dialog (Ctrl+K or the header's button), loaded once the page is up. */
export function SearchSpotlight() {
  return (
    <Suspense fallback={null}>
      <LazySearchSpotlight />
    </Suspense>
  )
}

/** Hosted mode's account menu, loaded once the page is up. */
export function AccountMenu() {
  return (
    <Suspense fallback={null}>
      <LazyAccountMenu />
    </Suspense>
  )
}
