import {
  ACTIONS,
  PERMISSION_MATRIX,
  can,
  canSeeMoney,
  inClientScope,
  isLimitedToOwn,
} from './permissions';
import type { Action, MemberContext } from './permissions';
import {
  canAssignTasks,
  canChangeMemberRole,
  canChangeTaskStatus,
  canCreateTask,
  canDeactivateMember,
  canDeleteTask,
  canEditTask,
  type TaskFacts,
} from './policies';
import { INVITABLE_ROLES, ROLES, canGrantRole, type Role } from './roles';

/**
 * The permission matrix of SPEC.md, transcribed by hand (not derived from PERMISSION_MATRIX):
 * - yes: allowed;  no: never (except workspace administration for owners);
 * - own: allowed on the member's own records only (the record policies narrow it);
 * - owner: only for the workspace's owner;
 * - noOpsDirector: only while the workspace has no active ops director.
 */
type Expected = 'yes' | 'no' | 'own' | 'owner' | 'noOpsDirector';
type Row = [founder: Expected, opsDirector: Expected, obm: Expected, va: Expected];

const SPEC: Record<Action, Row> = {
  // view workspace, clients, members (names, roles)
  'workspace.view': ['yes', 'yes', 'yes', 'yes'],
  // see money: rates, retainer amounts, costs, margins
  'money.view': ['yes', 'yes', 'no', 'no'],
  // update workspace settings
  'workspace.update': ['owner', 'yes', 'no', 'no'],
  // invite / change role / deactivate members (which roles: INVITABLE_ROLES, tested below)
  'members.manage': ['yes', 'yes', 'yes', 'no'],
  // create / edit / archive clients
  'clients.manage': ['yes', 'yes', 'yes', 'no'],
  // create / edit / archive projects
  'projects.manage': ['yes', 'yes', 'yes', 'no'],
  // view projects and tasks: a VA where she is a project member or has a task
  'projects.view': ['yes', 'yes', 'yes', 'own'],
  'tasks.view': ['yes', 'yes', 'yes', 'own'],
  // create tasks: a VA in her projects, assigned to herself only
  'tasks.create': ['yes', 'yes', 'yes', 'own'],
  // assign and reassign tasks
  'tasks.assign': ['yes', 'yes', 'yes', 'no'],
  // edit title, description, due date, priority, estimate: a VA on own self-created tasks only
  'tasks.edit': ['yes', 'yes', 'yes', 'own'],
  // change status / check off / tick the checklist
  'tasks.changeStatus': ['yes', 'yes', 'yes', 'own'],
  // delete tasks
  'tasks.delete': ['yes', 'yes', 'yes', 'no'],
  // comment on a task they can view
  'comments.create': ['yes', 'yes', 'yes', 'yes'],
  // log time: everyone, their own
  'time.log': ['own', 'own', 'own', 'own'],
  // view and approve everyone's time (OBM: hours, no money; VA: own only)
  'time.viewAll': ['yes', 'yes', 'yes', 'no'],
  'time.approve': ['yes', 'yes', 'yes', 'no'],
  // KPI dashboard: VA personal stats only
  'dashboard.view': ['yes', 'yes', 'yes', 'own'],
  'dashboard.viewTeam': ['yes', 'yes', 'yes', 'no'],
  // objectives and key results: create / edit; OBM updates key-result progress; VA views
  'objectives.manage': ['yes', 'yes', 'no', 'no'],
  'objectives.updateProgress': ['yes', 'yes', 'yes', 'no'],
  'objectives.view': ['yes', 'yes', 'yes', 'yes'],
  // SOP / process library: write; VA reads
  'processes.view': ['yes', 'yes', 'yes', 'yes'],
  'processes.write': ['yes', 'yes', 'yes', 'no'],
  // the register is visible to every member (the spec has no row restricting it)
  'decisions.view': ['yes', 'yes', 'yes', 'yes'],
  // propose a decision
  'decisions.propose': ['yes', 'yes', 'yes', 'no'],
  // decide an operations decision: founder only without an active ops director
  'decisions.decideOperations': ['noOpsDirector', 'yes', 'no', 'no'],
  // decide a strategy decision
  'decisions.decideStrategy': ['yes', 'no', 'no', 'no'],
  // idea inbox (issue 7): the founder drops ideas (the ops director too); the OBM or the ops
  // director triages them and turns them into projects; VAs never see it
  'ideas.view': ['yes', 'yes', 'yes', 'no'],
  'ideas.create': ['yes', 'yes', 'no', 'no'],
  'ideas.triage': ['yes', 'yes', 'yes', 'no'],
  // view audit log
  'audit.view': ['yes', 'yes', 'no', 'no'],
};

const ROLE_ORDER: readonly Role[] = ['founder', 'ops_director', 'obm', 'va'];

function expectedCan(
  cell: Expected,
  action: Action,
  owner: boolean,
  hasActiveOpsDirector: boolean,
): boolean {
  switch (cell) {
    case 'yes':
    case 'own':
      return true;
    case 'owner':
      return owner;
    case 'noOpsDirector':
      return !hasActiveOpsDirector;
    case 'no':
      // ownership adds workspace administration to any role
      return owner && action === 'workspace.update';
  }
}

const CASES = Object.entries(SPEC).flatMap(([action, row]) =>
  ROLE_ORDER.map((role, i) => [action as Action, role, row[i]] as const),
);

describe('permission matrix', () => {
  it('covers exactly the actions and roles of the spec', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(SPEC).sort());
    expect([...ROLES]).toEqual(ROLE_ORDER);
    for (const action of ACTIONS) {
      expect(Object.keys(PERMISSION_MATRIX[action]).sort()).toEqual([...ROLES].sort());
    }
  });

  describe.each([
    { owner: false, hasActiveOpsDirector: false },
    { owner: false, hasActiveOpsDirector: true },
    { owner: true, hasActiveOpsDirector: false },
    { owner: true, hasActiveOpsDirector: true },
  ])(
    'owner=$owner, active ops director=$hasActiveOpsDirector',
    ({ owner, hasActiveOpsDirector }) => {
      it.each(CASES)('%s by %s: %s', (action, role, cell) => {
        expect(can({ role, owner }, action, { hasActiveOpsDirector })).toBe(
          expectedCan(cell, action, owner, hasActiveOpsDirector),
        );
      });
    },
  );

  it.each(CASES)(
    '%s by %s is limited to own records iff the spec says own (%s)',
    (action, role, cell) => {
      expect(isLimitedToOwn({ role }, action)).toBe(cell === 'own');
    },
  );

  it.each(ROLE_ORDER)('ownership lets a %s update the workspace settings', (role) => {
    expect(can({ role, owner: true }, 'workspace.update')).toBe(true);
  });

  it('ownership adds nothing beyond workspace administration', () => {
    expect(can({ role: 'va', owner: true }, 'money.view')).toBe(false);
    expect(can({ role: 'va', owner: true }, 'members.manage')).toBe(false);
    expect(can({ role: 'obm', owner: true }, 'audit.view')).toBe(false);
    expect(can({ role: 'ops_director', owner: true }, 'decisions.decideStrategy')).toBe(false);
  });

  it.each([
    ['founder', true],
    ['ops_director', true],
    ['obm', false],
    ['va', false],
  ] as const)('canSeeMoney(%s) is %s', (role, expected) => {
    expect(canSeeMoney({ role, owner: false })).toBe(expected);
    expect(canSeeMoney({ role, owner: true })).toBe(expected);
  });
});

describe('inClientScope', () => {
  it('an empty scope means every client', () => {
    expect(inClientScope({ clientIds: [] }, 'c1')).toBe(true);
  });
  it('a scope limits to its clients', () => {
    expect(inClientScope({ clientIds: ['c1', 'c2'] }, 'c2')).toBe(true);
    expect(inClientScope({ clientIds: ['c1', 'c2'] }, 'c3')).toBe(false);
  });
});

describe('canGrantRole', () => {
  // invite / change role / deactivate members: founder any role; ops_director: ops_director,
  // obm, va; obm: va only; va: no. Never above what they may invite.
  const GRANTS: [actor: Role, target: Role, allowed: boolean][] = [
    ['founder', 'founder', true],
    ['founder', 'ops_director', true],
    ['founder', 'obm', true],
    ['founder', 'va', true],
    ['ops_director', 'founder', false],
    ['ops_director', 'ops_director', true],
    ['ops_director', 'obm', true],
    ['ops_director', 'va', true],
    ['obm', 'founder', false],
    ['obm', 'ops_director', false],
    ['obm', 'obm', false],
    ['obm', 'va', true],
    ['va', 'founder', false],
    ['va', 'ops_director', false],
    ['va', 'obm', false],
    ['va', 'va', false],
  ];

  it.each(GRANTS)('%s granting %s: %s', (actor, target, allowed) => {
    expect(canGrantRole(actor, target)).toBe(allowed);
  });

  it('is consistent with members.manage: whoever may grant a role may manage members', () => {
    for (const role of ROLES) {
      expect(INVITABLE_ROLES[role].length > 0).toBe(can({ role, owner: false }, 'members.manage'));
    }
  });

  it.each([
    ['founder', 'ops_director', 'va', true],
    ['ops_director', 'obm', 'va', true],
    ['ops_director', 'va', 'ops_director', true],
    ['ops_director', 'founder', 'ops_director', false],
    ['ops_director', 'va', 'founder', false],
    ['obm', 'va', 'va', true],
    ['obm', 'va', 'obm', false],
    ['obm', 'ops_director', 'va', false],
    ['va', 'va', 'va', false],
  ] as const)('%s changing a %s to %s: %s', (actor, current, next, allowed) => {
    expect(canChangeMemberRole({ role: actor, owner: false }, current, next)).toBe(allowed);
  });

  it.each([
    ['founder', 'ops_director', true],
    ['ops_director', 'obm', true],
    ['ops_director', 'founder', false],
    ['obm', 'va', true],
    ['obm', 'obm', false],
    ['va', 'va', false],
  ] as const)('%s deactivating a %s: %s', (actor, target, allowed) => {
    expect(canDeactivateMember({ role: actor, owner: false }, target)).toBe(allowed);
    // ownership administers the workspace, not the team
    expect(canDeactivateMember({ role: actor, owner: true }, target)).toBe(allowed);
  });
});

describe('task policies', () => {
  const member = (role: Role, userId: string, clientIds: string[] = []): MemberContext => ({
    userId,
    role,
    owner: false,
    clientIds,
  });
  const founder = member('founder', 'u-founder');
  const opsDirector = member('ops_director', 'u-ops');
  const obm = member('obm', 'u-obm');
  const scopedObm = member('obm', 'u-obm2', ['c2']);
  const va = member('va', 'u-va');
  const scopedVa = member('va', 'u-va', ['c2']);
  const managers = [founder, opsDirector, obm];

  const task = (facts: Partial<TaskFacts> = {}): TaskFacts => ({
    clientId: 'c1',
    assigneeId: 'u-other',
    createdById: 'u-obm',
    ...facts,
  });
  const vaOwnByObm = task({ assigneeId: 'u-va', createdById: 'u-obm' });
  const vaOwnSelfCreated = task({ assigneeId: 'u-va', createdById: 'u-va' });
  const vaCreatedReassigned = task({ assigneeId: 'u-other', createdById: 'u-va' });
  const unassigned = task({ assigneeId: null, createdById: null });

  describe('canChangeTaskStatus (own: assigned to the member)', () => {
    it.each(managers)('$role may on any task in scope', (m) => {
      expect(canChangeTaskStatus(m, task())).toBe(true);
      expect(canChangeTaskStatus(m, unassigned)).toBe(true);
    });
    it('a VA may on a task assigned to her, whoever created it', () => {
      expect(canChangeTaskStatus(va, vaOwnByObm)).toBe(true);
      expect(canChangeTaskStatus(va, vaOwnSelfCreated)).toBe(true);
    });
    it('a VA may not on a task of someone else, unassigned, or that she created for another', () => {
      expect(canChangeTaskStatus(va, task())).toBe(false);
      expect(canChangeTaskStatus(va, unassigned)).toBe(false);
      expect(canChangeTaskStatus(va, vaCreatedReassigned)).toBe(false);
    });
    it('client scope limits everyone', () => {
      expect(canChangeTaskStatus(scopedObm, task({ clientId: 'c1' }))).toBe(false);
      expect(canChangeTaskStatus(scopedObm, task({ clientId: 'c2' }))).toBe(true);
      expect(canChangeTaskStatus(scopedVa, vaOwnByObm)).toBe(false);
      expect(canChangeTaskStatus(scopedVa, { ...vaOwnByObm, clientId: 'c2' })).toBe(true);
    });
  });

  describe('canEditTask (VA: own self-created tasks only)', () => {
    it.each(managers)('$role may edit any task in scope', (m) => {
      expect(canEditTask(m, task())).toBe(true);
      expect(canEditTask(m, vaOwnSelfCreated)).toBe(true);
    });
    it('a VA may edit a task she created and is assigned', () => {
      expect(canEditTask(va, vaOwnSelfCreated)).toBe(true);
    });
    it('a VA may not edit a task assigned to her by someone else', () => {
      expect(canEditTask(va, vaOwnByObm)).toBe(false);
    });
    it('a VA may not edit a task she created once it is someone else’s', () => {
      expect(canEditTask(va, vaCreatedReassigned)).toBe(false);
      expect(canEditTask(va, task({ assigneeId: null, createdById: 'u-va' }))).toBe(false);
    });
    it('client scope limits everyone', () => {
      expect(canEditTask(scopedObm, task())).toBe(false);
      expect(canEditTask(scopedVa, vaOwnSelfCreated)).toBe(false);
      expect(canEditTask(scopedVa, { ...vaOwnSelfCreated, clientId: 'c2' })).toBe(true);
    });
  });

  describe('canAssignTasks', () => {
    it.each(managers)('$role may assign', (m) => expect(canAssignTasks(m)).toBe(true));
    it('a VA may not', () => expect(canAssignTasks(va)).toBe(false));
  });

  describe('canDeleteTask', () => {
    it.each(managers)('$role may delete in scope', (m) => {
      expect(canDeleteTask(m, task())).toBe(true);
    });
    it('a VA may not, not even her own self-created task', () => {
      expect(canDeleteTask(va, vaOwnSelfCreated)).toBe(false);
    });
    it('out of scope no one may', () => {
      expect(canDeleteTask(scopedObm, task())).toBe(false);
    });
  });

  describe('canCreateTask (VA: in her projects, assigned to herself only)', () => {
    it.each(managers)('$role may create for anyone, in any project of scope', (m) => {
      expect(
        canCreateTask(m, { clientId: 'c1', assigneeId: 'u-other', isProjectMember: false }),
      ).toBe(true);
      expect(canCreateTask(m, { clientId: 'c1', assigneeId: null, isProjectMember: false })).toBe(
        true,
      );
    });
    it('a VA may in a project she belongs to, assigned to herself', () => {
      expect(canCreateTask(va, { clientId: 'c1', assigneeId: 'u-va', isProjectMember: true })).toBe(
        true,
      );
    });
    it.each([
      [
        'assigned to someone else',
        { clientId: 'c1', assigneeId: 'u-other', isProjectMember: true },
      ],
      ['unassigned', { clientId: 'c1', assigneeId: null, isProjectMember: true }],
      ['outside her projects', { clientId: 'c1', assigneeId: 'u-va', isProjectMember: false }],
    ])('a VA may not create a task %s', (_label, input) => {
      expect(canCreateTask(va, input)).toBe(false);
    });
    it('client scope limits everyone', () => {
      expect(
        canCreateTask(scopedVa, { clientId: 'c1', assigneeId: 'u-va', isProjectMember: true }),
      ).toBe(false);
      expect(
        canCreateTask(scopedObm, { clientId: 'c1', assigneeId: null, isProjectMember: true }),
      ).toBe(false);
      expect(
        canCreateTask(scopedObm, { clientId: 'c2', assigneeId: null, isProjectMember: true }),
      ).toBe(true);
    });
  });
});
