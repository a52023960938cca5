import { bilingualEmail, longDate, type EmailContent } from './email-layout';
import type { Recipient } from './notifier.service';

/** What the emails about a task say of it. */
export interface TaskEmailContext {
  taskTitle: string;
  projectName: string;
  workspaceName: string;
  actorName: string;
  dueDate: string | null;
  /** Absolute URL of the task in the web client. */
  url: string;
}

function dueLine(dueDate: string | null): { fr: string[]; en: string[] } {
  if (!dueDate) return { fr: [], en: [] };
  const date = longDate(dueDate);
  return { fr: [`Échéance : ${date.fr}.`], en: [`Due ${date.en}.`] };
}

export function taskAssignedEmail(c: TaskEmailContext, to: Recipient): EmailContent {
  const due = dueLine(c.dueDate);
  return bilingualEmail({
    subject: { fr: `Nouvelle tâche : ${c.taskTitle}`, en: `New task: ${c.taskTitle}` },
    fr: {
      greeting: `Bonjour ${to.name},`,
      paragraphs: [
        `${c.actorName} vous a confié la tâche « ${c.taskTitle} » (projet ${c.projectName}, ${c.workspaceName}).`,
        ...due.fr,
      ],
      action: 'Ouvrir la tâche',
    },
    en: {
      greeting: `Hello ${to.name},`,
      paragraphs: [
        `${c.actorName} assigned you the task “${c.taskTitle}” (project ${c.projectName}, ${c.workspaceName}).`,
        ...due.en,
      ],
      action: 'Open the task',
    },
    link: c.url,
  });
}

export function taskStatusEmail(
  c: TaskEmailContext,
  to: Recipient,
  change: 'completed' | 'reopened',
): EmailContent {
  const done = change === 'completed';
  return bilingualEmail({
    subject: done
      ? { fr: `Tâche terminée : ${c.taskTitle}`, en: `Task completed: ${c.taskTitle}` }
      : { fr: `Tâche rouverte : ${c.taskTitle}`, en: `Task reopened: ${c.taskTitle}` },
    fr: {
      greeting: `Bonjour ${to.name},`,
      paragraphs: [
        done
          ? `${c.actorName} a terminé la tâche « ${c.taskTitle} » (projet ${c.projectName}).`
          : `${c.actorName} a rouvert la tâche « ${c.taskTitle} » (projet ${c.projectName}) : elle est de nouveau à faire.`,
      ],
      action: 'Voir la tâche',
    },
    en: {
      greeting: `Hello ${to.name},`,
      paragraphs: [
        done
          ? `${c.actorName} completed the task “${c.taskTitle}” (project ${c.projectName}).`
          : `${c.actorName} reopened the task “${c.taskTitle}” (project ${c.projectName}): it is open again.`,
      ],
      action: 'See the task',
    },
    link: c.url,
  });
}

/** The comment, cut to a readable length. */
export function excerpt(text: string, max = 500): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

export function mentionEmail(c: TaskEmailContext, to: Recipient, comment: string): EmailContent {
  return bilingualEmail({
    subject: {
      fr: `${c.actorName} vous a mentionné sur « ${c.taskTitle} »`,
      en: `${c.actorName} mentioned you on “${c.taskTitle}”`,
    },
    fr: {
      greeting: `Bonjour ${to.name},`,
      paragraphs: [
        `${c.actorName} vous mentionne dans un commentaire sur la tâche « ${c.taskTitle} » (projet ${c.projectName}) :`,
      ],
      quote: excerpt(comment),
      action: 'Répondre',
    },
    en: {
      greeting: `Hello ${to.name},`,
      paragraphs: [
        `${c.actorName} mentioned you in a comment on the task “${c.taskTitle}” (project ${c.projectName}):`,
      ],
      quote: excerpt(comment),
      action: 'Reply',
    },
    link: c.url,
  });
}

export function dueSoonEmail(c: Omit<TaskEmailContext, 'actorName'>, to: Recipient): EmailContent {
  const date = longDate(c.dueDate!);
  return bilingualEmail({
    subject: {
      fr: `Rappel : « ${c.taskTitle} » est à rendre le ${shortWeekday(date.fr)}`,
      en: `Reminder: “${c.taskTitle}” is due ${shortWeekday(date.en)}`,
    },
    fr: {
      greeting: `Bonjour ${to.name},`,
      paragraphs: [
        `La tâche « ${c.taskTitle} » (projet ${c.projectName}, ${c.workspaceName}) est à rendre le ${date.fr}.`,
        'Si elle est déjà faite, cochez-la dans Relais : vous ne recevrez plus de rappel.',
      ],
      action: 'Ouvrir la tâche',
    },
    en: {
      greeting: `Hello ${to.name},`,
      paragraphs: [
        `The task “${c.taskTitle}” (project ${c.projectName}, ${c.workspaceName}) is due ${date.en}.`,
        'If it is already done, check it off in Relais and the reminders stop.',
      ],
      action: 'Open the task',
    },
    link: c.url,
  });
}

/** `lundi 23 novembre 2026` → `lundi 23 novembre`: the subject stays short. */
function shortWeekday(date: string): string {
  return date.replace(/\s\d{4}$/, '');
}
