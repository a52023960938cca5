import type { LocaleResources } from './types';

/** Chaînes françaises : mêmes clés que `en.ts` (vérifié par le type et par un test). */
export const fr: LocaleResources = {
  common: {
    appName: 'Relais',
    tagline: 'Les opérations des entreprises qui travaillent avec des freelances',
    loading: 'Chargement…',
    actions: {
      retry: 'Réessayer',
      reload: 'Recharger la page',
      backHome: 'Retour à l’accueil',
      create: 'Créer',
      cancel: 'Annuler',
    },
    roles: {
      founder: 'Fondateur·rice',
      ops_director: 'Directeur·rice des opérations',
      obm: 'Online business manager (OBM)',
      va: 'Assistant·e virtuel·le',
    },
    language: {
      label: 'Langue',
      fr: 'Français',
      en: 'English',
    },
    validation: {
      required: 'Ce champ est obligatoire',
      email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr',
      passwordTooShort: 'Au moins {{min}} caractères',
      passwordTooLong: 'Au plus {{max}} caractères',
      tooLong: 'Au plus {{max}} caractères',
    },
    errors: {
      title: 'Un problème est survenu',
      network: 'Impossible de joindre Relais. Vérifiez votre connexion puis réessayez.',
      tooManyRequests: 'Trop de tentatives. Patientez une minute, puis réessayez.',
      unauthorized: 'Votre session a expiré. Reconnectez-vous.',
      forbidden: 'Votre rôle ne permet pas cette action.',
      notFound: 'Cet élément n’existe pas ou n’est pas partagé avec vous.',
      conflict: 'Quelqu’un a modifié cet élément entre-temps. Rechargez puis réessayez.',
      validation: 'Certains champs sont à corriger.',
      server: 'Relais a rencontré un problème. Réessayez dans un instant.',
      unexpected: 'Une erreur inattendue est survenue.',
      chunkLoad: 'Une nouvelle version de Relais est disponible. Rechargez la page pour continuer.',
      requestId: 'Référence : {{requestId}}',
    },
  },
  auth: {
    fields: {
      email: 'E-mail',
      emailPlaceholder: 'vous@exemple.fr',
      password: 'Mot de passe',
      passwordHint: 'De {{min}} à {{max}} caractères',
      name: 'Nom complet',
      namePlaceholder: 'Camille Martin',
    },
    signIn: {
      pageTitle: 'Connexion',
      title: 'Bon retour',
      subtitle: 'Connectez-vous à votre espace Relais.',
      submit: 'Se connecter',
      invalidCredentials: 'E-mail ou mot de passe incorrect.',
      noAccount: 'Pas encore de compte ?',
      toSignUp: 'Créer un compte',
    },
    signUp: {
      pageTitle: 'Créer un compte',
      title: 'Créez votre compte',
      subtitle:
        'Fondateurs, directeurs des opérations, OBM et assistantes virtuelles : un seul lieu pour le travail.',
      submit: 'Créer mon compte',
      emailTaken: 'Un compte existe déjà avec cet e-mail. Connectez-vous plutôt.',
      haveAccount: 'Déjà un compte ?',
      toSignIn: 'Se connecter',
    },
    demo: {
      title: 'Comptes de démonstration',
      description:
        'Ceci est une installation de démonstration. Choisissez un rôle pour remplir le formulaire.',
      fill: 'Remplir avec {{name}}, {{role}}',
    },
    signOut: 'Se déconnecter',
    restoring: 'Reprise de votre session…',
  },
  shell: {
    skipToContent: 'Aller au contenu',
    toggleNavigation: 'Afficher ou masquer la navigation',
    nav: {
      label: 'Navigation principale',
      myTasks: 'Mes tâches',
      dashboard: 'Tableau de bord',
      projects: 'Projets',
      clients: 'Clients',
      team: 'Équipe',
      processes: 'Processus',
      decisions: 'Décisions',
    },
    workspaceSwitcher: {
      label: 'Espace de travail',
      placeholder: 'Choisir un espace de travail',
      newWorkspace: 'Nouvel espace de travail',
    },
    userMenu: {
      label: 'Menu du compte de {{name}}',
      memberSince: 'Membre depuis le {{date}}',
    },
  },
  workspaces: {
    none: {
      title: 'Pas encore d’espace de travail',
      description:
        'Un espace de travail réunit une équipe : votre entreprise, ou votre cabinet si vous êtes OBM. Créez-en un pour commencer, ou demandez une invitation pour rejoindre un espace existant.',
    },
    create: {
      pageTitle: 'Nouvel espace de travail',
      title: 'Créer un espace de travail',
      name: 'Nom de l’espace de travail',
      namePlaceholder: 'Martin Conseil',
      role: 'Votre rôle dans cet espace',
      roleDescription: 'Vous en serez propriétaire, quel que soit votre rôle.',
      submit: 'Créer l’espace de travail',
      created: 'Espace de travail « {{name}} » créé',
    },
    notMember: {
      title: 'Espace de travail indisponible',
      description: 'Cet espace de travail n’existe pas ou vous n’en êtes pas membre.',
    },
  },
  pages: {
    myTasks: {
      title: 'Mes tâches',
      emptyTitle: 'Rien à faire pour le moment',
      emptyDescription:
        'Les tâches qui vous sont assignées, dans tous vos espaces, apparaîtront ici.',
    },
    dashboard: {
      title: 'Tableau de bord',
      emptyTitle: 'Pas encore de chiffres',
      emptyDescription:
        'Tâches terminées, heures saisies, respect des délais et budgets clients apparaîtront ici au fil du travail de l’équipe.',
    },
    projects: {
      title: 'Projets',
      emptyTitle: 'Aucun projet pour le moment',
      emptyDescription:
        'Transformez les idées en projets, puis découpez-les en tâches pour l’équipe.',
    },
    clients: {
      title: 'Clients',
      emptyTitle: 'Aucun client pour le moment',
      emptyDescription:
        'Ajoutez les entreprises pour lesquelles vous travaillez, avec leur mode de facturation et leur budget mensuel.',
    },
    team: {
      title: 'Équipe',
      emptyTitle: 'Vous êtes seul·e pour l’instant',
      emptyDescription:
        'Invitez votre OBM, vos assistantes virtuelles ou votre directeur·rice des opérations à partager le travail.',
    },
    processes: {
      title: 'Processus',
      emptyTitle: 'Aucun processus pour le moment',
      emptyDescription:
        'Décrivez comment se fait le travail récurrent, pour que chacun puisse le reprendre.',
    },
    decisions: {
      title: 'Décisions',
      emptyTitle: 'Aucune décision pour le moment',
      emptyDescription:
        'Les décisions opérationnelles et stratégiques, proposées puis tranchées, seront conservées ici.',
    },
    forbidden: {
      title: 'Non disponible pour votre rôle',
      description: 'Votre rôle dans cet espace de travail ne donne pas accès à cette page.',
    },
    notFound: {
      title: 'Page introuvable',
      description: 'L’adresse est peut-être mal saisie, ou la page a été déplacée.',
    },
    error: {
      title: 'Cette page n’a pas pu s’afficher',
    },
  },
};
