import type { LocaleResources } from './types';

/** Chaînes françaises de l’espace `objectives` : mêmes clés que `objectives.en.ts`. */
export const objectivesFr: LocaleResources['objectives'] = {
  loading: 'Chargement des objectifs…',
  emptyTitle: 'Aucun objectif pour l’instant',
  emptyDescription:
    'Les objectifs et leurs résultats clés mesurables font avancer l’équipe dans la même direction.',
  emptyDescriptionManage:
    'Fixez un objectif pour une période, avec deux à cinq résultats clés qui disent quand il est atteint.',
  new: 'Nouvel objectif',
  edit: 'Modifier « {{title}} »',
  delete: {
    action: 'Supprimer « {{title}} »',
    title: 'Supprimer cet objectif ?',
    message:
      '« {{title}} » et ses résultats clés seront supprimés pour tout le monde. C’est définitif.',
    confirm: 'Supprimer l’objectif',
    done: 'Objectif « {{title}} » supprimé',
  },
  period: '{{from}} → {{to}}',
  owner: 'Responsable : {{name}}',
  noOwner: 'Sans responsable',
  progress: 'Avancement de « {{title}} » : {{percent}}',
  noKeyResults: 'Aucun résultat clé pour l’instant.',
  keyResult: {
    values: '{{current}} / {{target}}',
    from: 'départ {{start}}',
    progress: '{{title}} : {{percent}}',
    current: 'Valeur actuelle de « {{title}} »',
    saveFailed: 'La valeur de « {{title}} » n’a pas été enregistrée',
  },
  form: {
    createTitle: 'Nouvel objectif',
    editTitle: 'Modifier l’objectif',
    title: 'Objectif',
    titlePlaceholder: 'Doubler les clients récurrents',
    periodStart: 'Début',
    periodEnd: 'Fin',
    owner: 'Responsable',
    ownerPlaceholder: 'Choisir le ou la responsable',
    keyResults: 'Résultats clés',
    keyResultsHint: 'Chacun mesurable : sa valeur de départ, sa cible et sa valeur actuelle.',
    krTitle: 'Résultat clé {{n}}',
    krTitlePlaceholder: 'Clients actifs',
    krStart: 'Départ',
    krTarget: 'Cible',
    krCurrent: 'Actuel',
    krValue: '{{field}} du résultat clé {{n}}',
    add: 'Ajouter un résultat clé',
    remove: 'Retirer le résultat clé {{n}}',
    create: 'Créer l’objectif',
    save: 'Enregistrer',
    created: 'Objectif « {{title}} » créé',
    updated: 'Objectif « {{title}} » enregistré',
  },
};
