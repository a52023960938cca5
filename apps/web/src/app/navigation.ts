import type { ComponentType } from 'react';
import {
  IconAlertTriangle,
  IconBriefcase,
  IconBulb,
  IconChartBar,
  IconChecklist,
  IconClockHour4,
  IconGavel,
  IconHistory,
  IconLayoutKanban,
  IconNotebook,
  IconReportMoney,
  IconTargetArrow,
  IconUsersGroup,
} from '@tabler/icons-react';
import { can, type Action, type MembershipSummary } from '@relais/domain';
import { paths } from '@/config/paths';

export type NavKey =
  | 'myTasks'
  | 'dashboard'
  | 'projects'
  | 'clients'
  | 'time'
  | 'budgets'
  | 'objectives'
  | 'team'
  | 'processes'
  | 'decisions'
  | 'ideas'
  | 'audit'
  | 'adminJobs';

export interface NavItem {
  key: NavKey;
  to: (workspaceId: string) => string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Shown only to roles the shared matrix grants this action; none means everyone. */
  action?: Action;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'myTasks', to: () => paths.myTasks, icon: IconChecklist },
  { key: 'dashboard', to: paths.workspace.dashboard, icon: IconChartBar, action: 'dashboard.view' },
  {
    key: 'projects',
    to: paths.workspace.projects,
    icon: IconLayoutKanban,
    action: 'projects.manage',
  },
  { key: 'clients', to: paths.workspace.clients, icon: IconBriefcase, action: 'clients.manage' },
  { key: 'time', to: paths.workspace.time, icon: IconClockHour4, action: 'time.log' },
  // the budgets endpoint answers the roles that see the team's figures
  {
    key: 'budgets',
    to: paths.workspace.budgets,
    icon: IconReportMoney,
    action: 'dashboard.viewTeam',
  },
  {
    key: 'objectives',
    to: paths.workspace.objectives,
    icon: IconTargetArrow,
    action: 'objectives.view',
  },
  { key: 'team', to: paths.workspace.team, icon: IconUsersGroup, action: 'members.manage' },
  {
    key: 'processes',
    to: paths.workspace.processes,
    icon: IconNotebook,
    action: 'processes.view',
  },
  { key: 'decisions', to: paths.workspace.decisions, icon: IconGavel, action: 'decisions.view' },
  { key: 'ideas', to: paths.workspace.ideas, icon: IconBulb, action: 'ideas.view' },
  { key: 'audit', to: paths.workspace.audit, icon: IconHistory, action: 'audit.view' },
  // the failed-jobs endpoint answers the roles that read the audit log
  {
    key: 'adminJobs',
    to: paths.workspace.adminJobs,
    icon: IconAlertTriangle,
    action: 'audit.view',
  },
];

/** The links a member sees in the navbar, per their role in the current workspace. */
export function navItemsFor(membership: MembershipSummary | null): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => !item.action || (membership !== null && can(membership, item.action)),
  );
}
