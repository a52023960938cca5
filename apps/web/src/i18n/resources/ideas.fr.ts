import type { LocaleResources } from './types';

/** Chaînes françaises de la boîte à idées (espace de noms `ideas`). */
export const ideasFr: LocaleResources['ideas'] = {
  pageTitle: 'Idées',
  someone: 'Un ancien membre',
  status: {
    inbox: 'À trier',
    accepted: 'Acceptée',
    parked: 'En attente',
    declined: 'Refusée',
  },
  tabs: {
    inbox: 'À trier',
    accepted: 'Acceptées',
    parked: 'En attente',
    declined: 'Refusées',
    all: 'Toutes',
  },
  list: {
    loading: 'Chargement des idées…',
    empty: {
      inbox: 'Rien à trier',
      accepted: 'Aucune idée acceptée',
      parked: 'Aucune idée en attente',
      declined: 'Aucune idée refusée',
      all: 'Aucune idée pour l’instant',
    },
    emptyInboxFounder:
      'Notez vos idées au fil de l’eau : votre équipe les trie et transforme les bonnes en projets.',
    emptyInboxTeam:
      'Les nouvelles idées du·de la fondateur·rice arrivent ici pour que vous les triiez.',
  },
  capture: {
    label: 'Noter une idée',
    title: 'Nouvelle idée',
    placeholder: 'Une idée en quelques mots, puis Entrée',
    submit: 'Noter',
    addNotes: 'Ajouter des notes',
    notes: 'Notes (facultatif)',
    notesPlaceholder: 'Pourquoi, pour qui, ce qu’elle pourrait apporter…',
    notesHint: 'Ctrl+Entrée pour la noter',
    hint: 'Appuyez sur I pour noter une idée depuis n’importe où sur cette page',
    added: '« {{title}} » est dans la boîte à idées',
    failed: '« {{title}} » n’a pas été enregistrée',
  },
  card: {
    droppedBy: 'Notée par {{name}} le {{date}}',
    triaged: {
      accepted: 'Acceptée par {{name}}',
      parked: 'Mise en attente par {{name}}',
      declined: 'Refusée par {{name}}',
    },
    triagedWithNote: {
      accepted: 'Acceptée par {{name}} : « {{note}} »',
      parked: 'Mise en attente par {{name}} : « {{note}} »',
      declined: 'Refusée par {{name}} : « {{note}} »',
    },
    openProject: 'Ouvrir le projet',
  },
  triage: {
    accept: 'Accepter',
    park: 'Mettre en attente',
    decline: 'Refuser',
    convert: 'Transformer en projet',
    acceptLabel: 'Accepter « {{title}} »',
    parkLabel: 'Mettre en attente « {{title}} »',
    declineLabel: 'Refuser « {{title}} »',
    convertLabel: 'Transformer en projet : « {{title}} »',
    done: {
      accepted: '« {{title}} » acceptée',
      parked: '« {{title}} » mise en attente',
      declined: '« {{title}} » refusée',
    },
    failed: 'L’idée n’a pas été mise à jour',
  },
  decline: {
    title: 'Refuser l’idée',
    message:
      'Dites un mot au·à la fondateur·rice sur « {{title}} » : pourquoi pas, ou pas maintenant.',
    note: 'Un mot pour le·la fondateur·rice',
    notePlaceholder: 'Pas ce trimestre : le lancement passe d’abord.',
    noteRequired: 'Dites pourquoi en un mot',
    submit: 'Refuser l’idée',
  },
  convert: {
    title: 'Transformer l’idée en projet',
    description:
      '« {{title}} » devient un projet planifié avec ses premières tâches ; ses notes deviennent la description du projet.',
    client: 'Client',
    clientPlaceholder: 'Choisissez le client',
    noClient: 'Aucun client de ce nom',
    projectName: 'Nom du projet',
    tasks: 'Premières tâches',
    tasksDescription: 'Entrée ajoute la tâche suivante. Les lignes laissées vides sont ignorées.',
    taskTitle: 'Tâche {{number}}',
    taskPlaceholder: 'Que faut-il faire en premier ?',
    taskAssignee: 'Responsable de la tâche {{number}}',
    unassigned: 'Non assignée',
    nobodyFound: 'Personne de ce nom ne travaille pour ce client',
    taskDueDate: 'Échéance de la tâche {{number}}',
    noDueDate: 'Sans échéance',
    removeTask: 'Retirer la tâche {{number}}',
    addTask: 'Ajouter une tâche',
    submit: 'Créer le projet',
    done_one: 'Projet « {{name}} » créé avec {{count}} tâche',
    done_other: 'Projet « {{name}} » créé avec {{count}} tâches',
  },
};
