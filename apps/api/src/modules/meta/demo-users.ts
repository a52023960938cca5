import type { Role } from '@relais/domain';

/** The demo accounts of the embedded default, one per role. Never created with DATABASE_URL. */
export const DEMO_PASSWORD = 'relais-demo';

export const DEMO_USERS: { email: string; password: string; role: Role; name: string }[] = [
  {
    email: 'founder@demo.relais.app',
    password: DEMO_PASSWORD,
    role: 'founder',
    name: 'Claire Fontaine',
  },
  {
    email: 'ops@demo.relais.app',
    password: DEMO_PASSWORD,
    role: 'ops_director',
    name: 'Hugo Marchand',
  },
  { email: 'obm@demo.relais.app', password: DEMO_PASSWORD, role: 'obm', name: 'Sophie Laurent' },
  { email: 'va@demo.relais.app', password: DEMO_PASSWORD, role: 'va', name: 'Léa Moreau' },
];
