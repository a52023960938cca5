/** The four roles of a workspace, from the most strategic to the most operational. */
export const ROLES = ['founder', 'ops_director', 'obm', 'va'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles a member may grant (invite to, or change a member to): never above their own reach. */
export const INVITABLE_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  founder: ROLES,
  ops_director: ['ops_director', 'obm', 'va'],
  obm: ['va'],
  va: [],
};

export function canGrantRole(actor: Role, target: Role): boolean {
  return INVITABLE_ROLES[actor].includes(target);
}
