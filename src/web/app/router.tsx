import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import { SessionGate } from '../components/auth/session.tsx'
import { AppLayout } from '../components/layout/app-layout.tsx'
import { NavigationProgress, PageLoading } from '../components/layout/page-loading.tsx'
import { RouteError } from '../routes/route-error.tsx'
import { TodayPage } from '../routes/today.tsx'
import { prefetchToday } from './prefetch.ts'

/**
 * A page whose code is its own chunk, fetched the first time it is opened
 * (the service worker keeps every chunk of the build, so meeting mode still
 * opens offline). The router keeps the current page until the next one can
 * draw. Today, the home page, is the exception: it comes with the app, so
 * the first page needs no second round trip.
 *
 * @example page(() => import('../routes/search.tsx').then((m) => m.SearchPage))
 */
function page(Component: () => Promise<ComponentType>) {
  return { lazy: { Component } }
}

type PageLoader = () => Promise<ComponentType>

/** The page at `path`, its code its own chunk as for `page`. */
function pageAt(path: string, Component: PageLoader) {
  return { path, ...page(Component) }
}

/** The list, new, detail and edit pages of one kind of record. */
function recordRoutes(
  path: string,
  pages: { list: PageLoader; create: PageLoader; detail: PageLoader; edit: PageLoader },
) {
  return {
    path,
    children: [
      { index: true, ...page(pages.list) },
      pageAt('new', pages.create),
      pageAt(':id', pages.detail),
      pageAt(':id/edit', pages.edit),
    ],
  }
}

/** The app's frame: as it always was in local mode, behind a sign-in in hosted mode. */
function GatedAppLayout() {
  return (
    <SessionGate>
      <NavigationProgress />
      <AppLayout />
    </SessionGate>
  )
}

const careerEditPages = () => import('../routes/careers/career-edit-pages.tsx')
const organizationEditPages = () => import('../routes/organizations/organization-edit-pages.tsx')
const personEditPages = () => import('../routes/people/person-edit-pages.tsx')
const conversationEditPages = () => import('../routes/conversations/conversation-edit-pages.tsx')

/** The app's pages; `queryClient` lets Today's loader ask for its data early. */
export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    // Hosted mode's pages before signing in (local mode sends them to Today).
    {
      ErrorBoundary: RouteError,
      // While a linked page's code loads on the first visit.
      HydrateFallback: PageLoading,
      children: [
        pageAt('signin', () => import('../routes/auth/signin.tsx').then((m) => m.SignInPage)),
        pageAt('signup', () => import('../routes/auth/signup.tsx').then((m) => m.SignUpPage)),
        pageAt('forgot-password', () =>
          import('../routes/auth/forgot-password.tsx').then((m) => m.ForgotPasswordPage),
        ),
        pageAt('reset-password', () =>
          import('../routes/auth/reset-password.tsx').then((m) => m.ResetPasswordPage),
        ),
      ],
    },
    {
      Component: GatedAppLayout,
      ErrorBoundary: RouteError,
      HydrateFallback: PageLoading,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, Component: TodayPage, loader: () => prefetchToday(queryClient) },
            recordRoutes('careers', {
              list: () => import('../routes/careers/careers-page.tsx').then((m) => m.CareersPage),
              detail: () => import('../routes/careers/career-page.tsx').then((m) => m.CareerPage),
              create: () => careerEditPages().then((m) => m.NewCareerPage),
              edit: () => careerEditPages().then((m) => m.EditCareerPage),
            }),
            recordRoutes('organizations', {
              list: () =>
                import('../routes/organizations/organizations-page.tsx').then(
                  (m) => m.OrganizationsPage,
                ),
              detail: () =>
                import('../routes/organizations/organization-page.tsx').then(
                  (m) => m.OrganizationPage,
                ),
              create: () => organizationEditPages().then((m) => m.NewOrganizationPage),
              edit: () => organizationEditPages().then((m) => m.EditOrganizationPage),
            }),
            pageAt('people/duplicates', () =>
              import('../components/people/duplicates-page.tsx').then((m) => m.DuplicatesPage),
            ),
            recordRoutes('people', {
              list: () => import('../routes/people/people-page.tsx').then((m) => m.PeoplePage),
              detail: () => import('../routes/people/person-page.tsx').then((m) => m.PersonPage),
              create: () => personEditPages().then((m) => m.NewPersonPage),
              edit: () => personEditPages().then((m) => m.EditPersonPage),
            }),
            recordRoutes('conversations', {
              list: () =>
                import('../routes/conversations/conversations-page.tsx').then(
                  (m) => m.ConversationsPage,
                ),
              detail: () =>
                import('../routes/conversations/conversation-page.tsx').then(
                  (m) => m.ConversationPage,
                ),
              create: () => conversationEditPages().then((m) => m.NewConversationPage),
              edit: () => conversationEditPages().then((m) => m.EditConversationPage),
            }),
            pageAt('conversations/:id/prepare', () =>
              import('../routes/plan/conversation-prepare.tsx').then(
                (m) => m.ConversationPreparePage,
              ),
            ),
            pageAt('conversations/:id/prep', () =>
              import('../routes/plan/prep-sheet.tsx').then((m) => m.PrepSheetPage),
            ),
            pageAt('conversations/:id/meeting', () =>
              import('../routes/meeting.tsx').then((m) => m.MeetingPage),
            ),
            pageAt('questions', () =>
              import('../routes/questions/questions-page.tsx').then((m) => m.QuestionsPage),
            ),
            pageAt('careers/compare', () =>
              import('../routes/careers-compare.tsx').then((m) => m.CareersComparePage),
            ),
            pageAt('careers/:id/board', () =>
              import('../routes/career-board.tsx').then((m) => m.CareerBoardPage),
            ),
            pageAt('conversations/:id/reflection', () =>
              import('../routes/reflection.tsx').then((m) => m.ReflectionPage),
            ),
            {
              path: 'drafts',
              children: [
                {
                  index: true,
                  ...page(() =>
                    import('../routes/drafts/drafts-page.tsx').then((m) => m.DraftsPage),
                  ),
                },
                pageAt('new', () =>
                  import('../routes/drafts/new-draft-page.tsx').then((m) => m.NewDraftPage),
                ),
                pageAt(':id', () =>
                  import('../routes/drafts/draft-page.tsx').then((m) => m.DraftPage),
                ),
              ],
            },
            pageAt('search', () => import('../routes/search.tsx').then((m) => m.SearchPage)),
            pageAt('settings', () =>
              import('../routes/settings/settings-page.tsx').then((m) => m.SettingsPage),
            ),
            pageAt('import', () => import('../routes/import.tsx').then((m) => m.ImportPage)),
            pageAt('account', () =>
              import('../routes/auth/account.tsx').then((m) => m.AccountPage),
            ),
            pageAt('admin', () => import('../routes/auth/admin.tsx').then((m) => m.AdminPage)),
            pageAt('*', () => import('../routes/not-found.tsx').then((m) => m.NotFoundPage)),
          ],
        },
      ],
    },
  ])
}
