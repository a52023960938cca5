import type { Engagement, ProjectStatus, Role, TaskPriority, TaskStatus } from '@relais/domain';
import type { TaskRecurrence } from '../tasks/task.entity';

/**
 * The demo workspace's content: a French online-training business run by its founder with an
 * ops director, an OBM and a VA. Days are offsets from today in Europe/Paris, so the demo always
 * has work due today and this week, a few overdue tasks and completions over the last weeks.
 * A clock time is the local time of a completion on its day.
 */

export const DEMO_TIME_ZONE = 'Europe/Paris';

export const DEMO_WORKSPACE_NAME = 'Atelier Fontaine (démo)';

export const DEMO_MEMBERSHIPS: Record<
  Role,
  { jobTitle: string; weeklyCapacityHours: string; hourlyCostCents: number }
> = {
  founder: {
    jobTitle: 'Fondatrice, formatrice',
    weeklyCapacityHours: '15',
    hourlyCostCents: 12000,
  },
  ops_director: {
    jobTitle: 'Directeur des opérations',
    weeklyCapacityHours: '28',
    hourlyCostCents: 6500,
  },
  obm: { jobTitle: 'Online Business Manager', weeklyCapacityHours: '24', hourlyCostCents: 5500 },
  va: { jobTitle: 'Assistante virtuelle', weeklyCapacityHours: '20', hourlyCostCents: 3200 },
};

export type DemoClientKey = 'formations' | 'boutique';

export interface DemoClient {
  key: DemoClientKey;
  name: string;
  engagement: Engagement;
  hourlyRateCents: number | null;
  monthlyAmountCents: number | null;
  monthlyHoursBudget: string | null;
}

export const DEMO_CLIENTS: DemoClient[] = [
  {
    key: 'formations',
    name: 'Atelier Fontaine – Formations',
    engagement: 'retainer',
    hourlyRateCents: null,
    monthlyAmountCents: 240000,
    monthlyHoursBudget: '50',
  },
  {
    key: 'boutique',
    name: 'Sève & Argile (boutique en ligne)',
    engagement: 'hourly',
    hourlyRateCents: 4500,
    monthlyAmountCents: null,
    monthlyHoursBudget: null,
  },
];

export type DemoProjectKey = 'tunnel' | 'lancement' | 'reseaux' | 'podcast';

/** A completion: days from today (negative: in the past) and the local clock time. */
export type DemoCompletion = [day: number, time: `${number}:${number}`];

export interface DemoProject {
  key: DemoProjectKey;
  client: DemoClientKey;
  name: string;
  description: string;
  owner: Role;
  status: ProjectStatus;
  startDay: number | null;
  dueDay: number | null;
  completed?: DemoCompletion;
  members: Role[];
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    key: 'tunnel',
    client: 'formations',
    name: 'Refonte du tunnel de vente',
    description: 'Nouvelle page de vente, séquence de bienvenue et suivi des conversions.',
    owner: 'obm',
    status: 'done',
    startDay: -45,
    dueDay: -12,
    // delivered the day before its due date
    completed: [-13, '17:30'],
    members: ['obm', 'va'],
  },
  {
    key: 'lancement',
    client: 'formations',
    name: 'Lancement de la formation « Déléguer sereinement »',
    description:
      'Ouverture des inscriptions dans trois semaines : contenus, e-mails, visuels et webinaire.',
    owner: 'obm',
    status: 'active',
    startDay: -20,
    dueDay: 21,
    members: ['founder', 'obm', 'va'],
  },
  {
    key: 'reseaux',
    client: 'boutique',
    name: 'Réseaux sociaux et service client – Sève & Argile',
    description: 'Publications Instagram, réponses aux clientes et fiches produits.',
    owner: 'obm',
    status: 'active',
    startDay: -60,
    dueDay: null,
    members: ['obm', 'va'],
  },
  {
    key: 'podcast',
    client: 'formations',
    name: 'Podcast « Entreprendre à deux vitesses », saison 2',
    description: 'Dix épisodes avec des invitées ; enregistrement à partir du mois prochain.',
    owner: 'founder',
    status: 'planned',
    startDay: 14,
    dueDay: 60,
    members: ['founder', 'obm', 'va'],
  },
];

export interface DemoComment {
  author: Role;
  body: string;
  mentions: Role[];
  /** Hours before the seeding. */
  hoursAgo: number;
}

export interface DemoTask {
  project: DemoProjectKey;
  title: string;
  description?: string;
  assignee: Role | null;
  createdBy: Role;
  status: TaskStatus;
  priority: TaskPriority;
  dueDay: number | null;
  estimateMinutes: number | null;
  /** Set exactly when the status is `done`. */
  completed?: DemoCompletion;
  checklist?: [title: string, done: boolean][];
  recurrence?: TaskRecurrence;
  comments?: DemoComment[];
}

export const DEMO_TASKS: DemoTask[] = [
  // Refonte du tunnel de vente (livré)
  {
    project: 'tunnel',
    title: 'Rédiger la nouvelle page de vente',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'done',
    priority: 'high',
    dueDay: -20,
    estimateMinutes: 240,
    completed: [-21, '16:00'],
  },
  {
    project: 'tunnel',
    title: 'Configurer la séquence e-mail de bienvenue',
    description: 'Cinq e-mails dans Systeme.io, envoyés à J0, J1, J3, J5 et J7.',
    assignee: 'va',
    createdBy: 'obm',
    status: 'done',
    priority: 'normal',
    dueDay: -16,
    estimateMinutes: 120,
    completed: [-15, '10:30'],
  },
  {
    project: 'tunnel',
    title: 'Installer le pixel et le suivi des conversions',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'done',
    priority: 'normal',
    dueDay: -18,
    estimateMinutes: 90,
    completed: [-18, '22:15'],
  },
  {
    project: 'tunnel',
    title: "Tester le parcours d'achat de bout en bout",
    assignee: 'va',
    createdBy: 'obm',
    status: 'done',
    priority: 'high',
    dueDay: -13,
    estimateMinutes: 60,
    completed: [-14, '18:00'],
    checklist: [
      ['Paiement par carte', true],
      ['Paiement en trois fois', true],
      ['E-mail de confirmation reçu', true],
      ["Accès à l'espace membre", true],
    ],
  },
  // Lancement de la formation
  {
    project: 'lancement',
    title: 'Préparer le lancement de la formation',
    description: 'Rétroplanning, répartition des tâches et point hebdomadaire avec Claire.',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'in_progress',
    priority: 'urgent',
    dueDay: 5,
    estimateMinutes: 180,
    checklist: [
      ['Valider le rétroplanning', true],
      ['Fixer la date du webinaire', true],
      ['Préparer les bonus de lancement', false],
      ['Caler le point de bilan', false],
    ],
    comments: [
      {
        author: 'founder',
        body: '@Sophie Laurent peux-tu ajouter les deux bonus dans la page de vente avant vendredi ?',
        mentions: ['obm'],
        hoursAgo: 26,
      },
      {
        author: 'obm',
        body: "C'est noté, je m'en occupe demain matin et je te préviens dès que c'est en ligne.",
        mentions: [],
        hoursAgo: 24,
      },
    ],
  },
  {
    project: 'lancement',
    title: 'Rédiger les 5 e-mails de la séquence de lancement',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'in_review',
    priority: 'high',
    dueDay: 2,
    estimateMinutes: 240,
  },
  {
    project: 'lancement',
    title: 'Créer les visuels du lancement sur Canva',
    description: 'Stories, posts carrés et bannière YouTube, aux couleurs de la formation.',
    assignee: 'va',
    createdBy: 'obm',
    status: 'in_progress',
    priority: 'high',
    dueDay: 0,
    estimateMinutes: 150,
  },
  {
    project: 'lancement',
    title: 'Mettre en ligne les modules sur la plateforme',
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'high',
    dueDay: 4,
    estimateMinutes: 180,
    checklist: [
      ['Module 1 : poser le cadre', false],
      ['Module 2 : choisir quoi déléguer', false],
      ['Module 3 : recruter sa VA', false],
      ['Module 4 : piloter sans micro-manager', false],
    ],
  },
  {
    project: 'lancement',
    title: 'Planifier le webinaire de lancement',
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'normal',
    dueDay: 9,
    estimateMinutes: 60,
  },
  {
    project: 'lancement',
    title: 'Briefer la graphiste pour la couverture',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'done',
    priority: 'normal',
    dueDay: -6,
    estimateMinutes: 30,
    completed: [-7, '11:00'],
  },
  {
    project: 'lancement',
    title: 'Enregistrer la vidéo de présentation',
    assignee: 'founder',
    createdBy: 'obm',
    status: 'todo',
    priority: 'high',
    dueDay: 3,
    estimateMinutes: 120,
  },
  {
    project: 'lancement',
    title: 'Valider le prix et les bonus de lancement',
    assignee: 'founder',
    createdBy: 'obm',
    status: 'todo',
    priority: 'urgent',
    dueDay: -2,
    estimateMinutes: 30,
  },
  {
    project: 'lancement',
    title: 'Valider le budget publicitaire du lancement',
    description:
      'Plafond Meta Ads par semaine et répartition entre retargeting et audiences froides.',
    assignee: 'ops_director',
    createdBy: 'obm',
    status: 'in_review',
    priority: 'normal',
    dueDay: 1,
    estimateMinutes: 45,
  },
  {
    project: 'lancement',
    title: "Relire le cahier d'exercices",
    assignee: 'va',
    createdBy: 'obm',
    status: 'done',
    priority: 'low',
    dueDay: -3,
    estimateMinutes: 90,
    completed: [-2, '09:30'],
  },
  {
    project: 'lancement',
    title: 'Préparer la FAQ de la page de vente',
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'normal',
    dueDay: null,
    estimateMinutes: 60,
  },
  {
    project: 'lancement',
    title: 'Envoyer le récapitulatif hebdomadaire à Claire',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'done',
    priority: 'normal',
    dueDay: -1,
    estimateMinutes: 30,
    completed: [-1, '19:00'],
  },
  // Réseaux sociaux et service client – Sève & Argile
  {
    project: 'reseaux',
    title: 'Programmer les posts Instagram de la semaine dernière',
    assignee: 'va',
    createdBy: 'obm',
    status: 'done',
    priority: 'normal',
    dueDay: -7,
    estimateMinutes: 90,
    completed: [-8, '15:00'],
  },
  {
    project: 'reseaux',
    title: 'Programmer les posts Instagram de la semaine',
    assignee: 'va',
    createdBy: 'obm',
    status: 'in_progress',
    priority: 'normal',
    dueDay: 1,
    estimateMinutes: 90,
    recurrence: { frequency: 'weekly', weekdays: [1] },
    checklist: [
      ['Choisir les photos', true],
      ['Écrire les légendes', true],
      ['Programmer dans Meta Business Suite', false],
    ],
  },
  {
    project: 'reseaux',
    title: 'Répondre aux messages et commentaires des clientes',
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'normal',
    dueDay: 0,
    estimateMinutes: 45,
  },
  {
    project: 'reseaux',
    title: 'Bilan mensuel des statistiques Instagram',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'todo',
    priority: 'low',
    dueDay: -4,
    estimateMinutes: 60,
  },
  {
    project: 'reseaux',
    title: 'Relancer les factures impayées',
    description: 'Trois factures de plus de 30 jours, relance courtoise puis appel si besoin.',
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'urgent',
    dueDay: -1,
    estimateMinutes: 45,
    checklist: [
      ['Facture 2024-118', true],
      ['Facture 2024-121', true],
      ['Facture 2024-127', false],
    ],
    comments: [
      {
        author: 'va',
        body: "Deux factures relancées, j'attends la réponse pour la troisième. @Sophie Laurent je t'appelle si rien demain.",
        mentions: ['obm'],
        hoursAgo: 5,
      },
    ],
  },
  {
    project: 'reseaux',
    title: 'Préparer le calendrier éditorial du mois prochain',
    assignee: 'obm',
    createdBy: 'obm',
    status: 'todo',
    priority: 'normal',
    dueDay: 12,
    estimateMinutes: 120,
  },
  {
    project: 'reseaux',
    title: 'Sélectionner les images du shooting de la nouvelle collection',
    assignee: 'va',
    createdBy: 'obm',
    status: 'done',
    priority: 'normal',
    dueDay: -10,
    estimateMinutes: 60,
    completed: [-9, '17:00'],
  },
  {
    project: 'reseaux',
    title: 'Rédiger les fiches produits des nouveautés',
    assignee: 'va',
    createdBy: 'obm',
    status: 'done',
    priority: 'high',
    dueDay: -4,
    estimateMinutes: 120,
    completed: [-5, '14:00'],
  },
  {
    project: 'reseaux',
    title: 'Mettre à jour les mentions légales du site',
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'low',
    dueDay: null,
    estimateMinutes: 30,
  },
  // Podcast, saison 2 (prévu)
  {
    project: 'podcast',
    title: 'Lister les invitées de la saison 2',
    assignee: 'founder',
    createdBy: 'founder',
    status: 'todo',
    priority: 'normal',
    dueDay: 20,
    estimateMinutes: 60,
  },
  {
    project: 'podcast',
    title: "Comparer les outils d'hébergement de podcast",
    assignee: 'va',
    createdBy: 'obm',
    status: 'todo',
    priority: 'low',
    dueDay: null,
    estimateMinutes: 45,
  },
];
