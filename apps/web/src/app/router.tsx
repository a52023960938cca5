import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageLoader } from '@/components/ui/full-page-loader';
import { RedirectIfSignedIn, RequireSession } from '@/features/auth/components/session-guards';
import { RequireMembership, RequirePermission } from './routes/guards';
import { LandingRedirect } from './routes/landing-redirect';
import { RouteError } from './routes/route-error';

// Every page is its own chunk: the first load carries only the providers, the guards and
// the page being opened. The route table mirrors `config/paths.ts`.
export const routes: RouteObject[] = [
  {
    path: '/',
    ErrorBoundary: RouteError,
    HydrateFallback: () => <FullPageLoader />,
    children: [
      {
        Component: RedirectIfSignedIn,
        children: [
          {
            path: 'sign-in',
            lazy: () => import('./routes/auth/sign-in').then((m) => ({ Component: m.SignInRoute })),
          },
          {
            path: 'sign-up',
            lazy: () => import('./routes/auth/sign-up').then((m) => ({ Component: m.SignUpRoute })),
          },
        ],
      },
      {
        Component: RequireSession,
        children: [
          {
            lazy: () => import('./routes/app/root').then((m) => ({ Component: m.AppRoot })),
            children: [
              { index: true, Component: LandingRedirect },
              {
                path: 'welcome',
                lazy: () =>
                  import('./routes/app/welcome').then((m) => ({ Component: m.WelcomeRoute })),
              },
              {
                path: 'invitations/:token',
                lazy: () =>
                  import('./routes/app/invitation').then((m) => ({
                    Component: m.InvitationRoute,
                  })),
              },
              {
                path: 'my-tasks',
                lazy: () =>
                  import('./routes/app/my-tasks').then((m) => ({ Component: m.MyTasksRoute })),
              },
              {
                path: 'settings/notifications',
                lazy: () =>
                  import('./routes/app/notification-settings').then((m) => ({
                    Component: m.NotificationSettingsRoute,
                  })),
              },
              {
                path: 'w/:workspaceId',
                Component: RequireMembership,
                children: [
                  { index: true, Component: LandingRedirect },
                  {
                    path: 'dashboard',
                    element: <RequirePermission action="dashboard.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/dashboard').then((m) => ({
                            Component: m.DashboardRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'projects',
                    element: <RequirePermission action="projects.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/projects').then((m) => ({
                            Component: m.ProjectsRoute,
                          })),
                      },
                      {
                        path: ':projectId',
                        lazy: () =>
                          import('./routes/app/project').then((m) => ({
                            Component: m.ProjectRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'clients',
                    element: <RequirePermission action="clients.manage" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/clients').then((m) => ({
                            Component: m.ClientsRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'team',
                    element: <RequirePermission action="members.manage" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/team').then((m) => ({ Component: m.TeamRoute })),
                      },
                    ],
                  },
                  {
                    path: 'time',
                    element: <RequirePermission action="time.log" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/time').then((m) => ({
                            Component: m.TimeRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'budgets',
                    element: <RequirePermission action="dashboard.viewTeam" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/budgets').then((m) => ({
                            Component: m.BudgetsRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'objectives',
                    element: <RequirePermission action="objectives.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/objectives').then((m) => ({
                            Component: m.ObjectivesRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'processes',
                    element: <RequirePermission action="processes.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/processes').then((m) => ({
                            Component: m.ProcessesRoute,
                          })),
                      },
                      {
                        path: 'new',
                        element: <RequirePermission action="processes.write" />,
                        children: [
                          {
                            index: true,
                            lazy: () =>
                              import('./routes/app/process-new').then((m) => ({
                                Component: m.NewProcessRoute,
                              })),
                          },
                        ],
                      },
                      {
                        path: ':processId',
                        lazy: () =>
                          import('./routes/app/process').then((m) => ({
                            Component: m.ProcessRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'decisions',
                    element: <RequirePermission action="decisions.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/decisions').then((m) => ({
                            Component: m.DecisionsRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'ideas',
                    element: <RequirePermission action="ideas.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/ideas').then((m) => ({ Component: m.IdeasRoute })),
                      },
                    ],
                  },
                  {
                    path: 'audit',
                    element: <RequirePermission action="audit.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/audit').then((m) => ({ Component: m.AuditRoute })),
                      },
                    ],
                  },
                  {
                    // the import API's permission; a VA, who creates only her own tasks, may not
                    path: 'import',
                    element: <RequirePermission action="tasks.create" allRecords />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/import-tasks').then((m) => ({
                            Component: m.ImportTasksRoute,
                          })),
                      },
                    ],
                  },
                  {
                    path: 'admin/jobs',
                    element: <RequirePermission action="audit.view" />,
                    children: [
                      {
                        index: true,
                        lazy: () =>
                          import('./routes/app/admin-jobs').then((m) => ({
                            Component: m.AdminJobsRoute,
                          })),
                      },
                    ],
                  },
                ],
              },
              {
                path: '*',
                lazy: () =>
                  import('./routes/not-found').then((m) => ({ Component: m.NotFoundRoute })),
              },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
