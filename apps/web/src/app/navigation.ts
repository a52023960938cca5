import type { ComponentType } from 'react';
import {
  IconBriefcase,
  IconChartBar,
  IconChecklist,
  IconGavel,
  IconLayoutKanban,
  IconNotebook,
  IconUsersGroup,
} from '@tabler/icons-react';
import { can, type Action, type MembershipSummary } from '@relais/domain';
import { paths } from '@/config/paths';

export type NavKey =
  'myTasks' | 'dashboard' | 'projects' | 'clients' | 'team' | 'processes' | 'decisions';

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
  { key: 'team', to: paths.workspace.team, icon: IconUsersGroup, action: 'members.manage' },
  {
    key: 'processes',
    to: paths.workspace.processes,
    icon: IconNotebook,
    action: 'processes.view',
  },
  { key: 'decisions', to: paths.workspace.decisions, icon: IconGavel, action: 'decisions.view' },
];

/** The links a member sees in the navbar, per their role in the current workspace. */
export function navItemsFor(membership: MembershipSummary | null): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => !item.action || (membership !== null && can(membership, item.action)),
  );
}
