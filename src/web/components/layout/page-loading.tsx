import { useNavigation } from 'react-router'
import classes from './page-loading.module.css'

/**
 * The loading state of a page whose code is still on its way: a bar along
 * the top that shows only after 300 ms (see the CSS), so quick loads show
 * nothing at all. The page that was there stays until the next one can draw.
 */
export function PageLoading() {
  return <div className={classes.bar} role="progressbar" aria-label="Loading the page" />
}

/** The bar while the router fetches the next page's code (pages are split per route). */
export function NavigationProgress() {
  const navigation = useNavigation()
  return navigation.state === 'idle' ? null : <PageLoading />
}
