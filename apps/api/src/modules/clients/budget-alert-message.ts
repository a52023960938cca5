import { firstDayOfMonth } from '@relais/domain';
import type { OutgoingEmail } from '../mail/mail.service';

/** What a budget alert says. */
export interface BudgetAlertFacts {
  workspaceId: string;
  workspaceName: string;
  clientId: string;
  clientName: string;
  /** `YYYY-MM`. */
  month: string;
  /** 80 or 100. */
  thresholdPercent: number;
  hoursUsed: number;
  budgetHours: number;
}

function monthName(month: string, locale: 'fr-FR' | 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${firstDayOfMonth(month)}T00:00:00Z`));
}

function hours(value: number, locale: 'fr-FR' | 'en-GB'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** Path of the web client that shows the client's budget. */
function linkOf(facts: BudgetAlertFacts): string {
  return `/w/${facts.workspaceId}/dashboard?clientId=${facts.clientId}`;
}

function sentences(facts: BudgetAlertFacts) {
  const { clientName, thresholdPercent: pct } = facts;
  return {
    fr: `${clientName} a utilisé ${pct} % de son budget d'heures de ${monthName(facts.month, 'fr-FR')} : ${hours(facts.hoursUsed, 'fr-FR')} h sur ${hours(facts.budgetHours, 'fr-FR')} h.`,
    en: `${clientName} has used ${pct}% of its hours budget for ${monthName(facts.month, 'en-GB')}: ${hours(facts.hoursUsed, 'en-GB')} h of ${hours(facts.budgetHours, 'en-GB')} h.`,
  };
}

/** The in-app notification, in French then English; `data` lets the web client word it itself. */
export function budgetAlertNotice(facts: BudgetAlertFacts): {
  title: string;
  body: string;
  link: string;
  data: Record<string, unknown>;
} {
  const text = sentences(facts);
  return {
    title: `Budget ${facts.clientName} : ${facts.thresholdPercent} % / ${facts.thresholdPercent}% of budget used`,
    body: `${text.fr}\n${text.en}`,
    link: linkOf(facts),
    data: {
      clientId: facts.clientId,
      clientName: facts.clientName,
      month: facts.month,
      thresholdPercent: facts.thresholdPercent,
      hoursUsed: Math.round(facts.hoursUsed * 100) / 100,
      budgetHours: facts.budgetHours,
    },
  };
}

/** The email, in French then English, with a link to the dashboard of the client. */
export function budgetAlertEmail(
  facts: BudgetAlertFacts,
  recipient: { to: string; name: string; publicUrl: string },
): OutgoingEmail {
  const text = sentences(facts);
  const link = `${recipient.publicUrl.replace(/\/+$/, '')}${linkOf(facts)}`;
  return {
    to: recipient.to,
    kind: 'budget_alert',
    subject: `Budget ${facts.clientName} : ${facts.thresholdPercent} % atteint / ${facts.thresholdPercent}% of budget used`,
    text: [
      `Bonjour ${recipient.name},`,
      '',
      text.fr,
      `Espace de travail : ${facts.workspaceName}. Le détail : ${link}`,
      '',
      '—',
      '',
      `Hello ${recipient.name},`,
      '',
      text.en,
      `Workspace: ${facts.workspaceName}. Details: ${link}`,
    ].join('\n'),
  };
}
