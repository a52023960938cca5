import type { MemberContext } from './permissions';
import {
  canChangeMemberRole,
  canManageMember,
  canTransferOwnership,
  isWithinClientScope,
} from './policies';
import type { Role } from './roles';

const actor = (role: Role, clientIds: string[] = [], owner = false): MemberContext => ({
  userId: `u-${role}`,
  role,
  owner,
  clientIds,
});

describe('isWithinClientScope', () => {
  it.each([
    [[], [], true],
    [[], ['a', 'b'], true],
    [['a', 'b'], ['a'], true],
    [['a', 'b'], ['a', 'b'], true],
    [['a'], ['a', 'b'], false],
    [['a'], ['b'], false],
    // "every client" is wider than any list
    [['a'], [], false],
  ])('an actor limited to %j may hand out %j: %s', (own, given, allowed) => {
    expect(isWithinClientScope({ clientIds: own }, given)).toBe(allowed);
  });
});

describe('canManageMember', () => {
  it.each([
    ['founder', 'founder', true],
    ['founder', 'va', true],
    ['ops_director', 'founder', false],
    ['ops_director', 'ops_director', true],
    ['ops_director', 'va', true],
    ['obm', 'ops_director', false],
    ['obm', 'obm', false],
    ['obm', 'va', true],
    ['va', 'va', false],
  ] as const)('a %s manages a %s: %s', (role, target, allowed) => {
    expect(canManageMember(actor(role), { role: target, clientIds: [] })).toBe(allowed);
  });

  it('keeps a scoped actor to members inside their scope', () => {
    const obm = actor('obm', ['a', 'b']);
    expect(canManageMember(obm, { role: 'va', clientIds: ['a'] })).toBe(true);
    expect(canManageMember(obm, { role: 'va', clientIds: ['c'] })).toBe(false);
    expect(canManageMember(obm, { role: 'va', clientIds: [] })).toBe(false);
  });

  it('gives ownership no extra reach over members', () => {
    expect(canManageMember(actor('obm', [], true), { role: 'obm', clientIds: [] })).toBe(false);
  });
});

describe('canChangeMemberRole', () => {
  it('never lets an OBM turn a VA into an OBM', () => {
    expect(canChangeMemberRole(actor('obm'), 'va', 'obm')).toBe(false);
    expect(canChangeMemberRole(actor('ops_director'), 'va', 'obm')).toBe(true);
  });
});

describe('canTransferOwnership', () => {
  it.each([
    [true, true],
    [false, false],
  ])('owner %s: %s', (owner, allowed) => {
    expect(canTransferOwnership(actor('va', [], owner))).toBe(allowed);
  });
});
