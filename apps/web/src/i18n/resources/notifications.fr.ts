import type { LocaleResources } from './types';

/** Chaînes françaises de la cloche de notifications et des réglages de notification. */
export const notificationsFr: LocaleResources['notifications'] = {
  bell: {
    label: 'Notifications',
    labelUnread_one: 'Notifications, {{count}} non lue',
    labelUnread_other: 'Notifications, {{count}} non lues',
    title: 'Notifications',
    markAllRead: 'Tout marquer comme lu',
    loading: 'Chargement des notifications…',
    emptyTitle: 'Vous êtes à jour',
    emptyDescription:
      'Les tâches qui vous sont confiées, les mentions et les changements sur vos tâches apparaîtront ici.',
    unread: 'Non lue',
    settings: 'Réglages des notifications',
    markFailed: 'La notification n’a pas pu être marquée comme lue. Réessayez.',
  },
  kinds: {
    task_assigned: '{{actor}} vous a confié « {{title}} »',
    mention: '{{actor}} vous a mentionné sur « {{title}} »',
    task_completed: '{{actor}} a terminé « {{title}} »',
    task_reopened: '{{actor}} a rouvert « {{title}} »',
    due_soon: '« {{title}} » arrive à échéance dans moins de 24 heures',
    invitation: '{{actor}} vous invite à rejoindre {{workspace}}',
    budget_alert: '{{client}} a utilisé {{percent}} % de son budget d’heures',
  },
  someone: 'Quelqu’un',
  time: {
    justNow: 'à l’instant',
  },
  settings: {
    pageTitle: 'Réglages des notifications',
    emailTitle: 'Notifications par e-mail',
    emailDescription:
      'Les notifications apparaissent toujours dans Relais, sous la cloche. Choisissez celles qui sont aussi envoyées à {{email}}.',
    loading: 'Chargement de vos préférences…',
    saved: 'Préférences enregistrées',
    saveFailed: 'Votre modification n’a pas été enregistrée et a été annulée. Réessayez.',
    kinds: {
      task_assigned: {
        label: 'Une tâche m’est confiée',
        description: 'Quand quelqu’un vous confie une tâche.',
      },
      mention: {
        label: 'Quelqu’un me mentionne',
        description: 'Quand un commentaire vous mentionne avec @.',
      },
      task_completed: {
        label: 'Une de mes tâches est terminée',
        description:
          'Une tâche que vous avez créée ou qui vous est confiée est terminée par quelqu’un d’autre.',
      },
      task_reopened: {
        label: 'Une de mes tâches est rouverte',
        description:
          'Une tâche que vous avez créée ou qui vous est confiée est rouverte par quelqu’un d’autre.',
      },
      due_soon: {
        label: 'Une tâche arrive à échéance',
        description: 'Un rappel quand une de vos tâches est due dans moins de 24 heures.',
      },
      overdue_digest: {
        label: 'Récapitulatif quotidien des retards',
        description: 'Chaque matin à 8 h, vos tâches en retard (par e-mail uniquement).',
      },
      weekly_digest: {
        label: 'Récapitulatif hebdomadaire',
        description:
          'Fondateurs : les chiffres clés de la semaine, le lundi à 8 h (par e-mail uniquement).',
      },
      invitation: {
        label: 'Je suis invité dans un espace de travail',
        description: 'Quand quelqu’un vous invite à rejoindre son espace de travail.',
      },
      budget_alert: {
        label: 'Le budget d’un client s’épuise',
        description:
          'Responsables : un client a utilisé 80 % ou 100 % de son budget d’heures du mois.',
      },
    },
  },
};
