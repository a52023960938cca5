import type { LocaleResources } from './types';

/** Chaînes françaises de la page des traitements en échec (espace de noms `adminJobs`). */
export const adminJobsFr: LocaleResources['adminJobs'] = {
  pageTitle: 'Traitements en échec',
  intro:
    'Les traitements en arrière-plan qui ont échoué pour de bon, après toutes leurs tentatives : e-mails, rappels, récapitulatifs, imports. Les échecs sont gardés jusqu’à 30 jours.',
  list: {
    loading: 'Chargement des traitements en échec…',
    tableLabel: 'Traitements en échec, les plus récents d’abord',
    emptyTitle: 'Aucun traitement en échec',
    emptyDescription:
      'Tout ce que l’espace de travail a confié à l’arrière-plan s’est exécuté. Ce qui échoue après toutes ses tentatives sera listé ici.',
    job: 'Traitement',
    when: 'Échec',
    attempts: 'Tentatives',
    error: 'Erreur',
    shownMore_one: '{{count}} échec affiché, les plus anciens en dessous',
    shownMore_other: '{{count}} échecs affichés, les plus anciens en dessous',
    shownAll_one: '{{count}} échec',
    shownAll_other: '{{count}} échecs',
    loadMore: 'Afficher plus',
  },
  names: {
    'send-email': 'E-mail',
    'task-import': 'Import CSV',
    'task-reminder': 'Rappel d’échéance',
    'overdue-digest': 'Récapitulatif des retards',
    'weekly-digest': 'Récapitulatif hebdomadaire',
    'recurring-next': 'Tâche récurrente suivante',
  },
};
