/** English strings of the failed jobs page (namespace `adminJobs`). */
export const adminJobsEn = {
  pageTitle: 'Failed jobs',
  intro:
    'Background work that failed for good after its retries: emails, reminders, digests, imports. Failures are kept up to 30 days.',
  list: {
    loading: 'Loading the failed jobs…',
    tableLabel: 'Failed jobs, newest first',
    emptyTitle: 'No failed jobs',
    emptyDescription:
      'Everything the workspace sent to the background ran. Jobs that fail after every retry will be listed here.',
    job: 'Job',
    when: 'Failed',
    attempts: 'Attempts',
    error: 'Error',
    shownMore_one: '{{count}} failed job shown, older ones below',
    shownMore_other: '{{count}} failed jobs shown, older ones below',
    shownAll_one: '{{count}} failed job',
    shownAll_other: '{{count}} failed jobs',
    loadMore: 'Load more',
  },
  names: {
    'send-email': 'Email',
    'task-import': 'CSV import',
    'task-reminder': 'Due-soon reminder',
    'overdue-digest': 'Overdue digest',
    'weekly-digest': 'Weekly digest',
    'recurring-next': 'Next recurring task',
  },
} as const;
