import { spotlight } from '@mantine/spotlight'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react'
import { pageSettled } from '../../app/settled.ts'
import { useSession } from '../auth/session.tsx'

// Parts of the frame that nothing on a page's first draw needs: their code
// (the search box's dialog, the hosted account menu) comes after the page,
// so the first page carries less and its own requests go first. Each has
// its own boundary, so it never holds up the page around it.
const LazySearchSpotlight = lazy(() =>
  import('../search/search-spotlight.tsx').then((m) => ({ default: m.SearchSpotlight })),
)
const LazyAccountMenu = lazy(() =>
  import('../auth/account-menu.tsx').then((m) => ({ default: m.AccountMenu })),
)

/** True once the page has settled (`pageSettled`), or as soon as the explorer touches a key or the pointer. */
function usePageSettled(): boolean {
  const queryClient = useQueryClient()
  const [settled, setSettled] = useState(false)
  useEffect(() => {
    if (settled) return
    let active = true
    const now = () => {
      if (active) setSettled(true)
    }
    void pageSettled(queryClient).then(now)
    window.addEventListener('pointerdown', now, { once: true })
    window.addEventListener('keydown', now, { once: true })
    return () => {
      active = false
      window.removeEventListener('pointerdown', now)
      window.removeEventListener('keydown', now)
    }
  }, [queryClient, settled])
  return settled
}

/** The search dialog (Ctrl+K or the header's button), loaded once the page has settled. */
export function SearchSpotlight() {
  const settled = usePageSettled()
  const [drawn, setDrawn] = useState(false)
  useEffect(() => {
    if (drawn) return
    // Ctrl+K (⌘K) before the dialog's code is there: it opens as soon as it is.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        spotlight.open()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [drawn])
  if (!settled) return null
  return (
    <Suspense fallback={null}>
      <Drawn onDrawn={setDrawn}>
        <LazySearchSpotlight />
      </Drawn>
    </Suspense>
  )
}

/** Says when its children have drawn (after their code has come). */
function Drawn({ onDrawn, children }: { onDrawn: (drawn: true) => void; children: ReactNode }) {
  useEffect(() => onDrawn(true), [onDrawn])
  return children
}

/** Hosted mode's account menu; local mode has none and loads nothing. */
export function AccountMenu() {
  if (useSession().mode !== 'hosted') return null
  return (
    <Suspense fallback={null}>
      <LazyAccountMenu />
    </Suspense>
  )
}
