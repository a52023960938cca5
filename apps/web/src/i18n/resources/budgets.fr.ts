import type { LocaleResources } from './types';

/** Chaînes françaises de l’espace `budgets` : mêmes clés que `budgets.en.ts`. */
export const budgetsFr: LocaleResources['budgets'] = {
  month: 'Mois',
  loading: 'Chargement des budgets…',
  emptyTitle: 'Aucun client pour l’instant',
  emptyDescription:
    'Le budget d’heures mensuel de chaque client, les heures consommées et la projection à la fin du mois s’afficheront ici.',
  totals: {
    hours: 'Heures saisies',
    billable: 'Heures facturables',
    value: 'Valeur',
    cost: 'Coût',
    margin: 'Marge',
    hoursHint: 'en {{month}}',
    marginRate: '{{rate}} de la valeur',
  },
  client: {
    hours: '{{used}} h sur {{budget}} h',
    hoursNoBudget: '{{used}} h saisies, pas de budget mensuel',
    share: '{{share}} consommé',
    projection: 'Projection fin de mois : {{hours}} h ({{share}} du budget)',
    projectionNoBudget: 'Projection fin de mois : {{hours}} h',
    measured: 'Mois terminé : {{hours}} h au total',
    billable: '{{hours}} h facturables',
    barLabel: '{{used}} h consommées sur {{budget}} h, projection {{projected}} h',
  },
  level: {
    ok: 'Dans le budget',
    near: '80 % atteints',
    spent: 'Budget épuisé',
  },
  money: {
    value: 'Valeur',
    cost: 'Coût',
    margin: 'Marge',
  },
  revenue: {
    label: 'Chiffre d’affaires du client en {{month}}',
    none: 'Pas encore saisi',
    record: 'Saisir le chiffre d’affaires',
    change: 'Modifier le chiffre d’affaires',
    recordFor: 'Saisir le chiffre d’affaires de {{client}}',
    changeFor: 'Modifier le chiffre d’affaires de {{client}}',
    title: 'Chiffre d’affaires de {{client}}',
    amount: 'Chiffre d’affaires en {{month}}',
    description: 'Le chiffre d’affaires du client ce mois-là : la commission est calculée dessus.',
    save: 'Enregistrer le chiffre d’affaires',
    saved: 'Chiffre d’affaires de {{client}} enregistré',
  },
};
