/** English strings of the notification bell and the notification settings (namespace `notifications`). */
export const notificationsEn = {
  bell: {
    label: 'Notifications',
    labelUnread_one: 'Notifications, {{count}} unread',
    labelUnread_other: 'Notifications, {{count}} unread',
    title: 'Notifications',
    markAllRead: 'Mark all as read',
    loading: 'Loading the notifications…',
    emptyTitle: 'You are all caught up',
    emptyDescription: 'Assignments, mentions and changes to your tasks will show up here.',
    unread: 'Unread',
    settings: 'Notification settings',
    markFailed: 'The notification could not be marked as read. Try again.',
  },
  kinds: {
    task_assigned: '{{actor}} assigned you “{{title}}”',
    mention: '{{actor}} mentioned you on “{{title}}”',
    task_completed: '{{actor}} completed “{{title}}”',
    task_reopened: '{{actor}} reopened “{{title}}”',
    due_soon: '“{{title}}” is due within 24 hours',
    invitation: '{{actor}} invited you to join {{workspace}}',
    budget_alert: '{{client}} has used {{percent}}% of its hours budget',
  },
  someone: 'Someone',
  time: {
    justNow: 'just now',
  },
  settings: {
    pageTitle: 'Notification settings',
    emailTitle: 'Email notifications',
    emailDescription:
      'Notifications always appear in Relais, under the bell. Choose which ones are also sent to {{email}}.',
    loading: 'Loading your preferences…',
    saved: 'Preferences saved',
    saveFailed: 'Your change was not saved and was undone. Try again.',
    kinds: {
      task_assigned: {
        label: 'A task is assigned to me',
        description: 'When someone gives you a task.',
      },
      mention: {
        label: 'Someone mentions me',
        description: 'When a comment mentions you with @.',
      },
      task_completed: {
        label: 'A task of mine is completed',
        description: 'A task you created or are assigned is marked done by someone else.',
      },
      task_reopened: {
        label: 'A task of mine is reopened',
        description: 'A task you created or are assigned is reopened by someone else.',
      },
      due_soon: {
        label: 'A task is due soon',
        description: 'A reminder when one of your tasks is due within 24 hours.',
      },
      overdue_digest: {
        label: 'Daily overdue digest',
        description: 'Every morning at 08:00, your overdue tasks (email only).',
      },
      weekly_digest: {
        label: 'Weekly digest',
        description: 'Founders: the week’s headline figures, Mondays at 08:00 (email only).',
      },
      invitation: {
        label: 'I am invited to a workspace',
        description: 'When someone invites you to join their workspace.',
      },
      budget_alert: {
        label: 'A client’s budget runs low',
        description: 'Managers: a client has used 80% or 100% of its monthly hours budget.',
      },
    },
  },
} as const;
