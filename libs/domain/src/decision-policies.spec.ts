import type { MemberContext } from './permissions';
import { canDecide, canEditDecision } from './policies';
import type { Role } from './roles';

const member = (role: Role, userId = `u-${role}`, owner = false): MemberContext => ({
  userId,
  role,
  owner,
  clientIds: [],
});

describe('canDecide', () => {
  // decide an operations decision: ops director (sovereign); founder only without an active
  // ops director; strategy: founder only. Ownership changes nothing.
  it.each([
    ['founder', 'operations', true, false],
    ['founder', 'operations', false, true],
    ['ops_director', 'operations', true, true],
    ['ops_director', 'operations', false, true],
    ['obm', 'operations', false, false],
    ['va', 'operations', false, false],
    ['founder', 'strategy', true, true],
    ['founder', 'strategy', false, true],
    ['ops_director', 'strategy', true, false],
    ['obm', 'strategy', false, false],
    ['va', 'strategy', false, false],
  ] as const)(
    'a %s deciding %s (active ops director: %s): %s',
    (role, domain, hasActiveOpsDirector, allowed) => {
      expect(canDecide(member(role), domain, hasActiveOpsDirector)).toBe(allowed);
      expect(canDecide(member(role, 'u', true), domain, hasActiveOpsDirector)).toBe(allowed);
    },
  );
});

describe('canEditDecision', () => {
  it.each(['founder', 'ops_director'] as const)('a %s may edit anyone’s proposal', (role) => {
    expect(canEditDecision(member(role), { proposedById: 'someone' })).toBe(true);
    expect(canEditDecision(member(role), { proposedById: null })).toBe(true);
  });

  it('an OBM may edit her own proposal only', () => {
    expect(canEditDecision(member('obm', 'u1'), { proposedById: 'u1' })).toBe(true);
    expect(canEditDecision(member('obm', 'u1'), { proposedById: 'u2' })).toBe(false);
    expect(canEditDecision(member('obm', 'u1'), { proposedById: null })).toBe(false);
  });

  it('a VA may not, even a proposal carrying her id', () => {
    expect(canEditDecision(member('va', 'u1'), { proposedById: 'u1' })).toBe(false);
  });
});
