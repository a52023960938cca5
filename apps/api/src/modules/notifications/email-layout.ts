import type { OutgoingEmail } from '../mail/mail.service';

/** What a notification email says in one language. */
export interface EmailSection {
  greeting: string;
  paragraphs: string[];
  /** Bullet points after the paragraphs (tasks of a digest, figures of a week). */
  items?: string[];
  /** A quoted text (a comment). */
  quote?: string;
  /** Label of the link, when there is one. */
  action?: string;
}

export type EmailContent = Pick<OutgoingEmail, 'subject' | 'text' | 'html'>;

const FOOTER = {
  fr: 'Vous recevez cet e-mail parce que vous êtes membre de cet espace Relais. Vous pouvez désactiver chaque type d’e-mail dans vos préférences de notification.',
  en: 'You receive this email as a member of this Relais workspace. You can turn each kind of email off in your notification preferences.',
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `colon` is French's ` : ` or English's `: `. */
function sectionText(
  section: EmailSection,
  link: string | undefined,
  footer: string,
  colon: string,
): string[] {
  return [
    section.greeting,
    '',
    ...section.paragraphs.flatMap((p) => [p, '']),
    ...(section.quote ? [...section.quote.split('\n').map((line) => `> ${line}`), ''] : []),
    ...(section.items?.length ? [...section.items.map((item) => `• ${item}`), ''] : []),
    ...(link && section.action ? [`${section.action}${colon}${link}`, ''] : []),
    footer,
  ];
}

function sectionHtml(
  section: EmailSection,
  link: string | undefined,
  footer: string,
  lang: string,
): string {
  const parts = [
    `<p>${escapeHtml(section.greeting)}</p>`,
    ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
  ];
  if (section.quote) {
    const lines = section.quote.split('\n').map(escapeHtml).join('<br>');
    parts.push(
      `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #ced4da;color:#495057">${lines}</blockquote>`,
    );
  }
  if (section.items?.length) {
    parts.push(`<ul>${section.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
  }
  if (link && section.action) {
    parts.push(
      `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:8px 16px;background:#1c7ed6;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(section.action)}</a></p>`,
    );
  }
  parts.push(`<p style="color:#868e96;font-size:12px">${escapeHtml(footer)}</p>`);
  return `<div lang="${lang}">${parts.join('\n')}</div>`;
}

/**
 * A notification email in French then English (users have no language setting yet), as plain
 * text and simple HTML, with an optional link to open in Relais.
 */
export function bilingualEmail(input: {
  subject: { fr: string; en: string };
  fr: EmailSection;
  en: EmailSection;
  link?: string;
}): EmailContent {
  const { subject, fr, en, link } = input;
  const text = [
    ...sectionText(fr, link, FOOTER.fr, '\u00a0: '),
    '',
    '—',
    '',
    ...sectionText(en, link, FOOTER.en, ': '),
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#212529;max-width:600px">',
    sectionHtml(fr, link, FOOTER.fr, 'fr'),
    '<hr style="border:none;border-top:1px solid #dee2e6;margin:24px 0">',
    sectionHtml(en, link, FOOTER.en, 'en'),
    '</body></html>',
  ].join('\n');
  return { subject: `${subject.fr} / ${subject.en}`.slice(0, 300), text, html };
}

const frDate = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const enDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const frShortDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const enShortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** A calendar date as words: `lundi 23 novembre 2026` / `Monday 23 November 2026`. */
export function longDate(date: string): { fr: string; en: string } {
  const instant = new Date(`${date}T00:00:00Z`);
  return { fr: frDate.format(instant), en: enDate.format(instant) };
}

/** A calendar date without weekday nor year: `23 novembre` / `23 November`. */
export function shortDate(date: string): { fr: string; en: string } {
  const instant = new Date(`${date}T00:00:00Z`);
  return { fr: frShortDate.format(instant), en: enShortDate.format(instant) };
}

const frRange = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const enRange = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Days from `first` to `last` included: `16–22 novembre 2026` / `16 – 22 November 2026`. */
export function dateRange(first: string, last: string): { fr: string; en: string } {
  const a = new Date(`${first}T00:00:00Z`);
  const b = new Date(`${last}T00:00:00Z`);
  return { fr: frRange.formatRange(a, b), en: enRange.formatRange(a, b) };
}

const frPercent = new Intl.NumberFormat('fr-FR', { style: 'percent' });
const enPercent = new Intl.NumberFormat('en-GB', { style: 'percent' });

/** A share between 0 and 1 as a whole percentage: `83 %` / `83%`. */
export function percent(share: number): { fr: string; en: string } {
  return { fr: frPercent.format(share), en: enPercent.format(share) };
}

/** `1 tâche`, `3 tâches` / `1 task`, `3 tasks`. */
export function countOf(
  n: number,
  words: { fr: [string, string]; en: [string, string] },
): { fr: string; en: string } {
  // French uses the singular for 0 and 1, English only for 1
  return {
    fr: `${n} ${n <= 1 ? words.fr[0] : words.fr[1]}`,
    en: `${n} ${n === 1 ? words.en[0] : words.en[1]}`,
  };
}
