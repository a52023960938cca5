/** Every route of the web client, in one place so links and redirects agree. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  welcome: '/welcome',
  myTasks: '/my-tasks',
  notificationSettings: '/settings/notifications',
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  workspace: {
    root: (workspaceId: string) => `/w/${workspaceId}`,
    dashboard: (workspaceId: string) => `/w/${workspaceId}/dashboard`,
    projects: (workspaceId: string) => `/w/${workspaceId}/projects`,
    project: (workspaceId: string, projectId: string) => `/w/${workspaceId}/projects/${projectId}`,
    clients: (workspaceId: string) => `/w/${workspaceId}/clients`,
    team: (workspaceId: string) => `/w/${workspaceId}/team`,
    time: (workspaceId: string) => `/w/${workspaceId}/time`,
    budgets: (workspaceId: string) => `/w/${workspaceId}/budgets`,
    objectives: (workspaceId: string) => `/w/${workspaceId}/objectives`,
    processes: (workspaceId: string) => `/w/${workspaceId}/processes`,
    newProcess: (workspaceId: string) => `/w/${workspaceId}/processes/new`,
    process: (workspaceId: string, processId: string) => `/w/${workspaceId}/processes/${processId}`,
    decisions: (workspaceId: string) => `/w/${workspaceId}/decisions`,
    ideas: (workspaceId: string) => `/w/${workspaceId}/ideas`,
    /** The inbox opened on one idea, in its tab. */
    idea: (workspaceId: string, ideaId: string) =>
      `/w/${workspaceId}/ideas?idea=${encodeURIComponent(ideaId)}`,
    audit: (workspaceId: string) => `/w/${workspaceId}/audit`,
    importTasks: (workspaceId: string, projectId?: string) =>
      `/w/${workspaceId}/import${projectId ? `?project=${encodeURIComponent(projectId)}` : ''}`,
    adminJobs: (workspaceId: string) => `/w/${workspaceId}/admin/jobs`,
  },
} as const;

export const REDIRECT_PARAM = 'redirectTo';

/** Only same-site paths: a `redirectTo` pointing elsewhere would make an open redirect. */
export function safeRedirect(target: string | null | undefined, fallback: string = paths.home) {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  return target;
}

export function signInPath(redirectTo?: string): string {
  if (!redirectTo || redirectTo === paths.home) return paths.signIn;
  return `${paths.signIn}?${new URLSearchParams({ [REDIRECT_PARAM]: redirectTo })}`;
}
