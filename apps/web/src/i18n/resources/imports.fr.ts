import type { LocaleResources } from './types';

/** Chaînes françaises de l’import CSV de tâches (espace de noms `imports`). */
export const importsFr: LocaleResources['imports'] = {
  pageTitle: 'Importer des tâches',
  open: 'Importer des tâches',
  intro:
    'Reprenez vos tâches de Trello, Asana, ClickUp ou d’un tableur : exportez-les en CSV, associez les colonnes, et Relais crée les tâches dans l’un de vos projets.',
  file: {
    step: '1. Le fichier',
    label: 'Fichier CSV',
    placeholder: 'Choisir un fichier CSV',
    description:
      'Un export de Trello, Asana ou ClickUp, ou un tableur enregistré en CSV (5 Mo au plus).',
    clear: 'Retirer le fichier',
    required: 'Choisissez le fichier CSV à importer',
    reading: 'Lecture du fichier…',
    summary_one: '{{count}} ligne sous l’en-tête, {{columns}} colonnes',
    summary_other: '{{count}} lignes sous l’en-tête, {{columns}} colonnes',
    tooLarge:
      'Ce fichier dépasse 5 Mo. Découpez-le en plusieurs fichiers et importez-les un par un.',
    empty: 'Ce fichier n’a pas de ligne d’en-tête. Sa première ligne doit nommer les colonnes.',
    noRows: 'Ce fichier a un en-tête mais aucune ligne dessous : il n’y a rien à importer.',
    unreadable: 'Ce fichier est illisible. Exportez-le de nouveau en CSV et réessayez.',
  },
  mapping: {
    step: '2. Les colonnes',
    description:
      'Choisissez la colonne de chaque champ. Relais a deviné ce qu’il pouvait ; seul le titre est obligatoire.',
    notImported: 'Non importé',
    guessedNone: 'Aucune colonne reconnue : choisissez au moins celle des titres des tâches.',
    titleRequired: 'Choisissez la colonne des titres des tâches',
    noColumn: 'Le fichier n’a pas de colonne « {{column}} »',
  },
  fields: {
    title: 'Titre',
    description: 'Description',
    dueDate: 'Échéance',
    assigneeEmail: 'E-mail de la personne assignée',
    status: 'Statut',
    priority: 'Priorité',
  },
  hints: {
    title: 'Obligatoire. Les lignes sans titre sont signalées, pas importées.',
    description: 'Texte libre, repris tel quel.',
    dueDate: '2026-03-15, 15/03/2026, 15 mars 2026…',
    assigneeEmail: 'L’e-mail d’un membre actif qui travaille pour le client du projet.',
    status: 'À faire, En cours, En revue, Fait ; une date vaut « fait ».',
    priority: 'Basse, Normale, Haute ou Urgente.',
  },
  dateOrder: {
    label: 'Les dates comme 03/04/2026 signifient',
    dmy: '3 avril (jour d’abord)',
    mdy: '4 mars (mois d’abord)',
    guessed: 'Déduit des dates du fichier.',
  },
  preview: {
    title: 'Aperçu',
    caption: 'Les {{shown}} premières des {{total}} lignes du fichier',
    captionAll_one: 'La seule ligne du fichier',
    captionAll_other: 'Les {{count}} lignes du fichier',
    column: 'Colonne {{number}}',
    mappedTo: 'importée comme {{field}}',
    line: 'Ligne',
  },
  project: {
    step: '3. Le projet',
    label: 'Projet',
    placeholder: 'Choisir le projet qui reçoit les tâches',
    description: 'Les tâches rejoignent ce projet, chez son client.',
    nothingFound: 'Aucun projet de ce nom',
    loading: 'Chargement des projets…',
    none: 'Il n’y a encore aucun projet où importer. Créez-en un d’abord.',
    notFound: 'Ce projet n’existe pas ou ne vous est pas partagé.',
    archived: 'Ce projet est archivé : choisissez-en un autre.',
    required: 'Choisissez le projet qui reçoit les tâches',
  },
  start: 'Importer',
  submit_one: 'Importer {{count}} ligne',
  submit_other: 'Importer {{count}} lignes',
  errors: {
    tooLarge:
      'Le fichier dépasse 5 Mo. Découpez-le en plusieurs fichiers et importez-les un par un.',
    forbidden: 'Votre rôle ne permet pas d’importer des tâches.',
  },
  progress: {
    label: 'Avancement de l’import',
    rows: '{{processed}} sur {{total}} lignes',
    queued: 'En attente de son tour…',
    running: 'Import des tâches en cours…',
    done: 'Import terminé',
    failed: 'L’import s’est arrêté',
    loading: 'Chargement de l’import…',
  },
  result: {
    imported_one: '{{count}} tâche importée',
    imported_other: '{{count}} tâches importées',
    rejected_one:
      '{{count}} ligne n’a pas été importée. Corrigez-la dans le fichier et importez-la de nouveau.',
    rejected_other:
      '{{count}} lignes n’ont pas été importées. Corrigez-les dans le fichier et importez-les de nouveau.',
    allGood: 'Toutes les lignes ont été importées.',
    badRows: 'Lignes non importées',
    line: 'Ligne',
    reason: 'Le problème',
    reasons: {
      extra_fields: 'La ligne a {{fields}} cellules alors que l’en-tête a {{columns}} colonnes',
      title_empty: 'Le titre est vide',
      title_too_long: 'Le titre dépasse {{max, number}} caractères',
      description_too_long: 'La description dépasse {{max, number}} caractères',
      invalid_date: '« {{value}} » n’est pas une date',
      unknown_status: 'Statut inconnu « {{value}} » (À faire, En cours, En revue ou Fait)',
      unknown_priority: 'Priorité inconnue « {{value}} » (Basse, Normale, Haute ou Urgente)',
      unknown_assignee:
        '{{email}} n’est pas un membre actif qui travaille pour le client de ce projet',
      unclosed_quote:
        'Un champ entre guillemets n’est pas refermé : la fin du fichier n’a pas pu être lue',
      project_missing: 'Le projet n’existe plus.',
      no_header: 'Le fichier n’a pas de ligne d’en-tête.',
      import_stopped: 'Une erreur inattendue a arrêté l’import.',
    },
    moreNotListed_one: 'et {{count}} autre ligne non listée',
    moreNotListed_other: 'et {{count}} autres lignes non listées',
    openProject: 'Ouvrir le projet',
    another: 'Importer un autre fichier',
  },
};
