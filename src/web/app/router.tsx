import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import { SessionGate } from '../components/auth/session.tsx'
import { AppLayout } from '../components/layout/app-layout.tsx'
import { AccountPage } from '../routes/auth/account.tsx'
import { AdminPage } from '../routes/auth/admin.tsx'
import { ForgotPasswordPage } from '../routes/auth/forgot-password.tsx'
import { ResetPasswordPage } from '../routes/auth/reset-password.tsx'
import { SignInPage } from '../routes/auth/signin.tsx'
import { SignUpPage } from '../routes/auth/signup.tsx'
import { CareerBoardPage } from '../routes/career-board.tsx'
import { EditCareerPage, NewCareerPage } from '../routes/careers/career-edit-pages.tsx'
import { CareerPage } from '../routes/careers/career-page.tsx'
import { CareersPage } from '../routes/careers/careers-page.tsx'
import { CareersComparePage } from '../routes/careers-compare.tsx'
import {
  EditConversationPage,
  NewConversationPage,
} from '../routes/conversations/conversation-edit-pages.tsx'
import { ConversationPage } from '../routes/conversations/conversation-page.tsx'
import { ConversationsPage } from '../routes/conversations/conversations-page.tsx'
import { DraftPage } from '../routes/drafts/draft-page.tsx'
import { DraftsPage } from '../routes/drafts/drafts-page.tsx'
import { NewDraftPage } from '../routes/drafts/new-draft-page.tsx'
import { ImportPage } from '../routes/import.tsx'
import { MeetingPage } from '../routes/meeting.tsx'
import { NotFoundPage } from '../routes/not-found.tsx'
import {
  EditOrganizationPage,
  NewOrganizationPage,
} from '../routes/organizations/organization-edit-pages.tsx'
import { OrganizationPage } from '../routes/organizations/organization-page.tsx'
import { OrganizationsPage } from '../routes/organizations/organizations-page.tsx'
import { PeoplePage } from '../routes/people/people-page.tsx'
import { EditPersonPage, NewPersonPage } from '../routes/people/person-edit-pages.tsx'
import { PersonPage } from '../routes/people/person-page.tsx'
import { ConversationPreparePage } from '../routes/plan/conversation-prepare.tsx'
import { PrepSheetPage } from '../routes/plan/prep-sheet.tsx'
import { QuestionsPage } from '../routes/questions/questions-page.tsx'
import { ReflectionPage } from '../routes/reflection.tsx'
import { RouteError } from '../routes/route-error.tsx'
import { SearchPage } from '../routes/search.tsx'
import { SettingsPage } from '../routes/settings/settings-page.tsx'
import { TodayPage } from '../routes/today.tsx'

/** The list, new, detail and edit pages of one kind of record. */
function recordRoutes(
  path: string,
  pages: { List: ComponentType; New: ComponentType; Detail: ComponentType; Edit: ComponentType },
) {
  return {
    path,
    children: [
      { index: true, Component: pages.List },
      { path: 'new', Component: pages.New },
      { path: ':id', Component: pages.Detail },
      { path: ':id/edit', Component: pages.Edit },
    ],
  }
}

/** The app's frame: as it always was in local mode, behind a sign-in in hosted mode. */
function GatedAppLayout() {
  return (
    <SessionGate>
      <AppLayout />
    </SessionGate>
  )
}

export function createRouter() {
  return createBrowserRouter([
    // Hosted mode's pages before signing in (local mode sends them to Today).
    {
      ErrorBoundary: RouteError,
      children: [
        { path: 'signin', Component: SignInPage },
        { path: 'signup', Component: SignUpPage },
        { path: 'forgot-password', Component: ForgotPasswordPage },
        { path: 'reset-password', Component: ResetPasswordPage },
      ],
    },
    {
      Component: GatedAppLayout,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, Component: TodayPage },
            recordRoutes('careers', {
              List: CareersPage,
              Detail: CareerPage,
              New: NewCareerPage,
              Edit: EditCareerPage,
            }),
            recordRoutes('organizations', {
              List: OrganizationsPage,
              Detail: OrganizationPage,
              New: NewOrganizationPage,
              Edit: EditOrganizationPage,
            }),
            recordRoutes('people', {
              List: PeoplePage,
              Detail: PersonPage,
              New: NewPersonPage,
              Edit: EditPersonPage,
            }),
            recordRoutes('conversations', {
              List: ConversationsPage,
              Detail: ConversationPage,
              New: NewConversationPage,
              Edit: EditConversationPage,
            }),
            { path: 'conversations/:id/prepare', Component: ConversationPreparePage },
            { path: 'conversations/:id/prep', Component: PrepSheetPage },
            { path: 'conversations/:id/meeting', Component: MeetingPage },
            { path: 'questions', Component: QuestionsPage },
            { path: 'careers/compare', Component: CareersComparePage },
            { path: 'careers/:id/board', Component: CareerBoardPage },
            { path: 'conversations/:id/reflection', Component: ReflectionPage },
            {
              path: 'drafts',
              children: [
                { index: true, Component: DraftsPage },
                { path: 'new', Component: NewDraftPage },
                { path: ':id', Component: DraftPage },
              ],
            },
            { path: 'search', Component: SearchPage },
            { path: 'settings', Component: SettingsPage },
            { path: 'import', Component: ImportPage },
            { path: 'account', Component: AccountPage },
            { path: 'admin', Component: AdminPage },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ])
}
