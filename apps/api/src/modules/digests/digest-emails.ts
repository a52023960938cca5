import { addCalendarDays, daysBetween } from '@relais/domain';
import {
  bilingualEmail,
  countOf,
  dateRange,
  longDate,
  percent,
  shortDate,
  type EmailContent,
} from '../notifications/email-layout';

type Words = { fr: [string, string]; en: [string, string] };
const TASKS: Words = { fr: ['tâche', 'tâches'], en: ['task', 'tasks'] };
const DAYS: Words = { fr: ['jour', 'jours'], en: ['day', 'days'] };

export interface OverdueTaskLine {
  title: string;
  projectName: string;
  dueDate: string;
}

/** The morning list of a member's overdue tasks; `tasks` may be the first of `total`. */
export function overdueDigestEmail(input: {
  name: string;
  workspaceName: string;
  date: string;
  tasks: OverdueTaskLine[];
  total: number;
  url: string;
}): EmailContent {
  const { name, workspaceName, date, tasks, total, url } = input;
  const count = countOf(total, TASKS);
  const today = longDate(date);
  const lines = tasks.map((task) => {
    const late = countOf(daysBetween(task.dueDate, date), DAYS);
    const due = shortDate(task.dueDate);
    return {
      fr: `« ${task.title} » — ${task.projectName}, à rendre le ${due.fr} (${late.fr} de retard)`,
      en: `“${task.title}” — ${task.projectName}, due ${due.en} (${late.en} late)`,
    };
  });
  const more = total - tasks.length;
  return bilingualEmail({
    subject: {
      fr: `${count.fr} en retard sur ${workspaceName}`,
      en: `${count.en} overdue at ${workspaceName}`,
    },
    fr: {
      greeting: `Bonjour ${name},`,
      paragraphs: [
        `Ce ${today.fr}, ${total <= 1 ? 'une tâche qui vous est confiée est' : `${count.fr} qui vous sont confiées sont`} en retard sur ${workspaceName} :`,
      ],
      items: [
        ...lines.map((l) => l.fr),
        ...(more > 0 ? [`et ${countOf(more, TASKS).fr} de plus`] : []),
      ],
      action: 'Voir mes tâches',
    },
    en: {
      greeting: `Hello ${name},`,
      paragraphs: [
        `This ${today.en}, ${total === 1 ? 'one task assigned to you is' : `${count.en} assigned to you are`} overdue at ${workspaceName}:`,
      ],
      items: [
        ...lines.map((l) => l.en),
        ...(more > 0 ? [`and ${countOf(more, TASKS).en} more`] : []),
      ],
      action: 'See my tasks',
    },
    link: url,
  });
}

/** The headline figures of a week, as the dashboard counts them. */
export interface WeekFigures {
  /** Tasks completed in the week. */
  completed: number;
  /** The same in the week before, for comparison. */
  completedWeekBefore: number;
  /** Of the tasks completed in the week, those that had a due date… */
  completedWithDueDate: number;
  /** …and those of them completed on or before it. */
  completedOnTime: number;
  /** Tasks not done whose due date is before the Monday of the digest. */
  overdue: number;
}

/** The founder's Monday email: last week's figures. `weekStart` is that Monday. */
export function weeklyDigestEmail(input: {
  name: string;
  workspaceName: string;
  weekStart: string;
  figures: WeekFigures;
  url: string;
}): EmailContent {
  const { name, workspaceName, weekStart, figures, url } = input;
  const week = dateRange(addCalendarDays(weekStart, -7), addCalendarDays(weekStart, -1));
  const completed = countOf(figures.completed, TASKS);
  const before = figures.completedWeekBefore;
  const overdue = countOf(figures.overdue, TASKS);
  const withDue = figures.completedWithDueDate;
  const rate = withDue === 0 ? null : percent(figures.completedOnTime / withDue);
  const onTime =
    rate === null
      ? {
          fr: 'Respect des échéances : rien à mesurer, aucune tâche terminée n’avait d’échéance',
          en: 'On-time rate: nothing to measure, no completed task had a due date',
        }
      : {
          fr: `${rate.fr} dans les délais (${figures.completedOnTime} sur ${withDue} ${withDue <= 1 ? 'tâche terminée avec échéance' : 'tâches terminées avec échéance'})`,
          en: `${rate.en} on time (${figures.completedOnTime} of ${withDue} completed ${withDue === 1 ? 'task' : 'tasks'} with a due date)`,
        };
  return bilingualEmail({
    subject: {
      fr: `Votre semaine sur ${workspaceName} : ${completed.fr} ${figures.completed <= 1 ? 'terminée' : 'terminées'}`,
      en: `Your week at ${workspaceName}: ${completed.en} completed`,
    },
    fr: {
      greeting: `Bonjour ${name},`,
      paragraphs: [`Voici les chiffres de la semaine dernière (${week.fr}) sur ${workspaceName} :`],
      items: [
        `${completed.fr} ${figures.completed <= 1 ? 'terminée' : 'terminées'} (${before} la semaine précédente)`,
        onTime.fr,
        `${overdue.fr} en retard ce lundi`,
      ],
      action: 'Ouvrir le tableau de bord',
    },
    en: {
      greeting: `Hello ${name},`,
      paragraphs: [`Here are last week’s figures (${week.en}) at ${workspaceName}:`],
      items: [
        `${completed.en} completed (${before} the week before)`,
        onTime.en,
        `${overdue.en} overdue this Monday`,
      ],
      action: 'Open the dashboard',
    },
    link: url,
  });
}
