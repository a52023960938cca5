/**
 * English strings. Namespaces follow the app's areas; keys are camelCase, grouped by screen or
 * component. `fr.ts` must have exactly the same keys (the type and a test both check it).
 */
export const en = {
  common: {
    appName: 'Relais',
    tagline: 'Operations for businesses that run on freelancers',
    loading: 'Loading…',
    actions: {
      retry: 'Try again',
      reload: 'Reload the page',
      backHome: 'Back to home',
      create: 'Create',
      cancel: 'Cancel',
    },
    roles: {
      founder: 'Founder',
      ops_director: 'Operations director',
      obm: 'Online business manager',
      va: 'Virtual assistant',
    },
    language: {
      label: 'Language',
      fr: 'Français',
      en: 'English',
    },
    validation: {
      required: 'This field is required',
      email: 'Enter a valid email address, like name@example.com',
      passwordTooShort: 'At least {{min}} characters',
      passwordTooLong: 'At most {{max}} characters',
      tooLong: 'At most {{max}} characters',
    },
    errors: {
      title: 'Something went wrong',
      network: 'Relais cannot be reached. Check your connection and try again.',
      tooManyRequests: 'Too many attempts. Wait a minute, then try again.',
      unauthorized: 'Your session has ended. Sign in again.',
      forbidden: 'Your role does not allow this.',
      notFound: 'This item does not exist or is not shared with you.',
      conflict: 'Someone changed this in the meantime. Reload and try again.',
      validation: 'Some fields need a correction.',
      server: 'Relais had a problem on its side. Try again in a moment.',
      unexpected: 'An unexpected error occurred.',
      chunkLoad: 'A new version of Relais is available. Reload the page to continue.',
      requestId: 'Reference: {{requestId}}',
    },
  },
  auth: {
    fields: {
      email: 'Email',
      emailPlaceholder: 'you@example.com',
      password: 'Password',
      passwordHint: '{{min}} to {{max}} characters',
      name: 'Full name',
      namePlaceholder: 'Camille Martin',
    },
    signIn: {
      pageTitle: 'Sign in',
      title: 'Welcome back',
      subtitle: 'Sign in to your Relais workspace.',
      submit: 'Sign in',
      invalidCredentials: 'Incorrect email or password.',
      noAccount: 'No account yet?',
      toSignUp: 'Create an account',
    },
    signUp: {
      pageTitle: 'Create an account',
      title: 'Create your account',
      subtitle: 'Founders, ops directors, OBMs and virtual assistants: one place for the work.',
      submit: 'Create my account',
      emailTaken: 'An account with this email already exists. Sign in instead.',
      haveAccount: 'Already have an account?',
      toSignIn: 'Sign in',
    },
    demo: {
      title: 'Demo accounts',
      description: 'This is a demo installation. Pick a role to fill the form.',
      fill: 'Fill in as {{name}}, {{role}}',
    },
    signOut: 'Sign out',
    restoring: 'Restoring your session…',
  },
  shell: {
    skipToContent: 'Skip to content',
    toggleNavigation: 'Toggle navigation',
    nav: {
      label: 'Main navigation',
      myTasks: 'My tasks',
      dashboard: 'Dashboard',
      projects: 'Projects',
      clients: 'Clients',
      team: 'Team',
      processes: 'Processes',
      decisions: 'Decisions',
    },
    workspaceSwitcher: {
      label: 'Workspace',
      placeholder: 'Choose a workspace',
      newWorkspace: 'New workspace',
    },
    userMenu: {
      label: 'Account menu for {{name}}',
      memberSince: 'Member since {{date}}',
    },
  },
  workspaces: {
    none: {
      title: 'No workspace yet',
      description:
        'A workspace holds one team: your business, or your practice if you are an OBM. Create one to start, or ask for an invitation to join an existing one.',
    },
    create: {
      pageTitle: 'New workspace',
      title: 'Create a workspace',
      name: 'Workspace name',
      namePlaceholder: 'Martin Consulting',
      role: 'Your role in it',
      roleDescription: 'You will own the workspace whatever your role.',
      submit: 'Create the workspace',
      created: 'Workspace “{{name}}” created',
    },
    notMember: {
      title: 'Workspace not available',
      description: 'This workspace does not exist or you are not a member of it.',
    },
  },
  pages: {
    myTasks: {
      title: 'My tasks',
      emptyTitle: 'Nothing to do right now',
      emptyDescription: 'Tasks assigned to you, in every workspace, will show up here.',
    },
    dashboard: {
      title: 'Dashboard',
      emptyTitle: 'No numbers yet',
      emptyDescription:
        'Completed tasks, hours logged, on-time delivery and client budgets will appear here as the team works.',
    },
    projects: {
      title: 'Projects',
      emptyTitle: 'No projects yet',
      emptyDescription: 'Turn ideas into projects, then break them down into tasks for the team.',
    },
    clients: {
      title: 'Clients',
      emptyTitle: 'No clients yet',
      emptyDescription:
        'Add the businesses you work for, with their engagement and monthly budget.',
    },
    team: {
      title: 'Team',
      emptyTitle: 'Just you for now',
      emptyDescription: 'Invite your OBM, virtual assistants or ops director to share the work.',
    },
    processes: {
      title: 'Processes',
      emptyTitle: 'No processes yet',
      emptyDescription: 'Write down how recurring work is done, so anyone can pick it up.',
    },
    decisions: {
      title: 'Decisions',
      emptyTitle: 'No decisions yet',
      emptyDescription:
        'Proposed and decided operational and strategic decisions will be kept here.',
    },
    forbidden: {
      title: 'Not available for your role',
      description: 'Your role in this workspace does not give access to this page.',
    },
    notFound: {
      title: 'Page not found',
      description: 'The address may be mistyped, or the page has moved.',
    },
    error: {
      title: 'This page could not be displayed',
    },
  },
} as const;
