import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { Providers } from './app/providers.tsx'
import { createQueryClient } from './app/query-client.ts'
import { createRouter } from './app/router.tsx'
import { pageSettled } from './app/settled.ts'
import { registerServiceWorker } from './offline/worker-client.ts'

// One query client for the router (Today's loader asks early) and the pages.
const queryClient = createQueryClient()
const router = createRouter(queryClient)
// Meeting mode opens without the server (production builds only). The worker's
// first install downloads the whole build: not before the first page has its data.
void pageSettled(queryClient).then(registerServiceWorker)
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  )
}
