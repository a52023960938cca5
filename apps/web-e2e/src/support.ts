import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
  type PlaywrightWorkerArgs,
  type TestInfo,
} from '@playwright/test';

export const DEMO_PASSWORD = 'relais-demo';
export const DEMO = {
  founder: 'founder@demo.relais.app',
  ops: 'ops@demo.relais.app',
  obm: 'obm@demo.relais.app',
  va: 'va@demo.relais.app',
} as const;

/** The demo seed's people and clients (apps/api/src/modules/demo). */
export const DEMO_VA_NAME = 'Léa Moreau';
export const DEMO_CLIENT_HOURLY = 'Sève & Argile (boutique en ligne)';
export const DEMO_CLIENT_RETAINER = 'Atelier Fontaine – Formations';
/** The demo workspace's time zone, also the browser's (playwright.config.ts). */
export const TIME_ZONE = 'Europe/Paris';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^(email|e-mail)/i).fill(email);
  await page.getByLabel(/^(password|mot de passe)/i).fill(password);
  await page.getByRole('button', { name: /^(sign in|se connecter)$/i }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/**
 * Waits (up to 5 s) until no CSS transition or animation runs: a toast fading in or out has
 * passing colours that are not the screen's (axe once caught one at 1.28:1 mid-fade).
 */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // spinners and pulses loop for ever: only the ones that end are waited for
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
          .every((animation) => animation.playState !== 'running'),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

/** The serious and critical accessibility violations on the current screen, described. */
async function blockingViolations(page: Page): Promise<string[]> {
  await settled(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help}: ${v.nodes
          .map(
            (n) =>
              `${n.target.join(' ')} (${[...n.any, ...n.all].map((c) => c.message).join('; ')})`,
          )
          .join(', ')}`,
    );
}

/** No serious or critical accessibility violation on the current screen. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await blockingViolations(page)).toEqual([]);
}

/** Saved with the test artifacts, one per main screen. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `apps/web-e2e/artifacts/screens/${name}.png`, fullPage: true });
}

/** A main screen: its picture in the artifacts, and no serious or critical axe violation. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  // soft: the journey goes on, so one run lists every screen's violations (the test still fails)
  expect.soft(await blockingViolations(page), `accessibility of ${name}`).toEqual([]);
}

/** The page's main landmark (what a screen shows, without the navbar and header). */
export function main(page: Page): Locator {
  return page.getByRole('main');
}

/** The big figure of a KPI card (a region named by its title), as a number. */
export async function kpiValue(page: Page, title: string): Promise<number> {
  const card = page.getByRole('region', { name: title, exact: true });
  const lines = (await card.innerText())
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // title, figure, hint
  return Number(lines[1].replace(/[^\d]/g, ''));
}

// ---- calendar dates, in the demo workspace's time zone ----

/** Today as `YYYY-MM-DD` in the workspace's (and the browser's) time zone. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A calendar date formatted as the web client does (at noon UTC, so no zone moves it). */
export function formatDay(date: string, locale: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A short unique suffix, so the journeys' records never clash (even on a reused database). */
export function runId(): string {
  return Date.now().toString(36).slice(-5);
}

// ---- the HTTP API, to prepare what a journey needs and to check what it did ----

interface Membership {
  workspaceId: string;
  workspaceName: string;
  role: string;
}

export interface TaskRecord {
  id: string;
  title: string;
  status: string;
  assigneeId: string | null;
  dueDate: string | null;
  version: number;
  completedAt: string | null;
}

export interface DashboardRecord {
  period: { from: string; to: string };
  tasksCompleted: number;
  tasksOverdue: number;
}

/** One demo user signed in to the API with a bearer token. */
export class ApiUser {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
    readonly userId: string,
  ) {}

  static async signIn(
    playwright: PlaywrightWorkerArgs['playwright'],
    testInfo: TestInfo,
    email: string,
  ): Promise<ApiUser> {
    const request = await playwright.request.newContext({
      baseURL: testInfo.project.use.baseURL,
    });
    const response = await request.post('/api/auth/login', {
      data: { email, password: DEMO_PASSWORD },
    });
    expect(response.status(), `sign-in of ${email}`).toBe(200);
    const body = (await response.json()) as { user: { id: string }; accessToken: string };
    return new ApiUser(request, body.accessToken, body.user.id);
  }

  async dispose(): Promise<void> {
    await this.request.dispose();
  }

  private async call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
    const response = await this.request.fetch(`/api${path}`, {
      method,
      data,
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
      true,
    );
    return (await response.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  /** The status code of a call the journey expects the API to refuse (403, 409…). */
  async statusOf(method: 'POST' | 'PATCH', path: string, data: unknown): Promise<number> {
    const response = await this.request.fetch(`/api${path}`, {
      method,
      data,
      headers: { authorization: `Bearer ${this.token}` },
    });
    return response.status();
  }

  post<T>(path: string, data: unknown): Promise<T> {
    return this.call<T>('POST', path, data);
  }

  patch<T>(path: string, data: unknown): Promise<T> {
    return this.call<T>('PATCH', path, data);
  }

  /** The demo workspace (the one membership every demo user has). */
  async demoWorkspaceId(): Promise<string> {
    const me = await this.get<{ memberships: Membership[] }>('/me');
    expect(me.memberships.length).toBeGreaterThan(0);
    return me.memberships[0].workspaceId;
  }

  async task(workspaceId: string, taskId: string): Promise<TaskRecord> {
    return this.get<TaskRecord>(`/workspaces/${workspaceId}/tasks/${taskId}`);
  }

  async dashboard(workspaceId: string, from: string, to: string): Promise<DashboardRecord> {
    return this.get<DashboardRecord>(`/workspaces/${workspaceId}/dashboard?from=${from}&to=${to}`);
  }
}

export interface SeededTask {
  workspaceId: string;
  projectId: string;
  projectName: string;
  taskId: string;
  title: string;
  vaId: string;
}

/**
 * What the OBM's journey produces, made through the API for the journeys that follow it in the
 * story (the VA's, the founder's): a project for a demo client and a task assigned to the VA.
 */
export async function seedTaskForVa(
  obm: ApiUser,
  options: {
    projectName: string;
    title: string;
    dueDate: string | null;
    /** The demo client of the project; the hourly one unless said. */
    clientName?: string;
  },
): Promise<SeededTask> {
  const workspaceId = await obm.demoWorkspaceId();
  const members = await obm.get<{ items: { userId: string; email: string }[] }>(
    `/workspaces/${workspaceId}/members?limit=200`,
  );
  const va = members.items.find((m) => m.email === DEMO.va);
  expect(va, 'the demo VA is a member').toBeDefined();
  const clients = await obm.get<{ items: { id: string; name: string }[] }>(
    `/workspaces/${workspaceId}/clients?limit=200`,
  );
  const client = clients.items.find((c) => c.name === (options.clientName ?? DEMO_CLIENT_HOURLY));
  expect(client, 'the demo client exists').toBeDefined();
  const project = await obm.post<{ id: string; name: string }>(
    `/workspaces/${workspaceId}/projects`,
    { clientId: client!.id, name: options.projectName },
  );
  const task = await obm.post<TaskRecord>(`/workspaces/${workspaceId}/tasks`, {
    projectId: project.id,
    title: options.title,
    assigneeId: va!.userId,
    ...(options.dueDate ? { dueDate: options.dueDate } : {}),
  });
  return {
    workspaceId,
    projectId: project.id,
    projectName: project.name,
    taskId: task.id,
    title: task.title,
    vaId: va!.userId,
  };
}
