import type { Role } from '@relais/domain';
import type { OutgoingEmail } from '../mail/mail.service';

const ROLE_LABELS: Record<Role, { fr: string; en: string }> = {
  founder: { fr: 'fondateur ou fondatrice', en: 'founder' },
  ops_director: { fr: 'directeur ou directrice des opérations', en: 'operations director' },
  obm: { fr: 'OBM (Online Business Manager)', en: 'online business manager (OBM)' },
  va: { fr: 'assistant ou assistante virtuelle (VA)', en: 'virtual assistant (VA)' },
};

/** The invitation email, in French then English, with the single-use link. */
export function invitationEmail(input: {
  to: string;
  workspaceName: string;
  inviterName: string;
  role: Role;
  link: string;
  expiresAt: Date;
}): OutgoingEmail {
  const { to, workspaceName, inviterName, role, link, expiresAt } = input;
  const label = ROLE_LABELS[role];
  const day = expiresAt.toISOString().slice(0, 10);
  return {
    to,
    kind: 'invitation',
    subject: `Invitation à rejoindre ${workspaceName} sur Relais / Invitation to join ${workspaceName} on Relais`,
    text: [
      'Bonjour,',
      '',
      `${inviterName} vous invite à rejoindre « ${workspaceName} » sur Relais en tant que ${label.fr}.`,
      `Pour accepter, ouvrez ce lien (valable 7 jours, jusqu'au ${day}) :`,
      link,
      '',
      `Connectez-vous ou créez votre compte avec cette adresse (${to}) : le lien ne fonctionne pour aucune autre.`,
      '',
      '—',
      '',
      'Hello,',
      '',
      `${inviterName} invites you to join "${workspaceName}" on Relais as ${label.en}.`,
      `To accept, open this link (valid for 7 days, until ${day}):`,
      link,
      '',
      `Sign in or create your account with this address (${to}): the link works for no other.`,
    ].join('\n'),
  };
}
