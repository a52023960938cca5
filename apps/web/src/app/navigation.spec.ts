import { describe, expect, it } from 'vitest';
import type { MembershipSummary, Role } from '@relais/domain';
import { resolveCurrentMembership } from './current-workspace';
import { landingPath } from './landing';
import { navItemsFor } from './navigation';

const member = (role: Role, workspaceId = 'ws1', owner = false): MembershipSummary => ({
  workspaceId,
  workspaceName: `Workspace ${workspaceId}`,
  role,
  owner,
  clientIds: [],
});

describe('navigation per role', () => {
  it.each<[Role, string[]]>([
    ['va', ['myTasks', 'dashboard', 'time', 'objectives', 'processes', 'decisions']],
    [
      'obm',
      [
        'myTasks',
        'dashboard',
        'projects',
        'clients',
        'time',
        'budgets',
        'objectives',
        'team',
        'processes',
        'decisions',
        'ideas',
      ],
    ],
    [
      'founder',
      [
        'myTasks',
        'dashboard',
        'projects',
        'clients',
        'time',
        'budgets',
        'objectives',
        'team',
        'processes',
        'decisions',
        'ideas',
        'audit',
        'adminJobs',
      ],
    ],
    [
      'ops_director',
      [
        'myTasks',
        'dashboard',
        'projects',
        'clients',
        'time',
        'budgets',
        'objectives',
        'team',
        'processes',
        'decisions',
        'ideas',
        'audit',
        'adminJobs',
      ],
    ],
  ])('%s sees %j', (role, keys) => {
    expect(navItemsFor(member(role)).map((item) => item.key)).toEqual(keys);
  });

  it('never offers managing projects, clients or team to a VA, even an owner', () => {
    const keys = navItemsFor(member('va', 'ws1', true)).map((item) => item.key);
    expect(keys).not.toContain('projects');
    expect(keys).not.toContain('clients');
    expect(keys).not.toContain('team');
  });

  it('shows only My tasks without a workspace', () => {
    expect(navItemsFor(null).map((item) => item.key)).toEqual(['myTasks']);
  });
});

describe('landing per role', () => {
  it.each<[Role, string]>([
    ['va', '/my-tasks'],
    ['obm', '/w/ws1/projects'],
    ['founder', '/w/ws1/dashboard'],
    ['ops_director', '/w/ws1/decisions'],
  ])('%s lands on %s', (role, path) => {
    expect(landingPath(member(role))).toBe(path);
  });

  it('sends a user without a workspace to create one', () => {
    expect(landingPath(null)).toBe('/welcome');
  });
});

describe('current workspace', () => {
  const memberships = [member('va', 'a'), member('obm', 'b')];

  it('prefers the workspace in the address, then the remembered one, then the first', () => {
    expect(resolveCurrentMembership(memberships, 'b', 'a')?.workspaceId).toBe('b');
    expect(resolveCurrentMembership(memberships, undefined, 'b')?.workspaceId).toBe('b');
    expect(resolveCurrentMembership(memberships, undefined, 'gone')?.workspaceId).toBe('a');
    expect(resolveCurrentMembership([], undefined, 'a')).toBeNull();
  });
});
