import request from 'supertest';
import type { TaskEntity } from '../src/modules/tasks/task.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import { captureQueries, createClient, createProject, createTask } from './task-factories';
import { startTestApp, type TestApp } from './test-app';

function fieldsOf(res: request.Response): string[] {
  return (res.body.fields as { field: string }[]).map((f) => f.field).sort();
}

describe('GET /api/me/tasks', () => {
  let t: TestApp;
  let me: UserEntity;
  let token: string;
  let tasks: Record<'t1' | 't2' | 't3' | 't4' | 't5' | 't6' | 't7' | 't8', TaskEntity>;
  let names: Record<string, { workspaceName: string; clientName: string; projectName: string }>;

  /**
   * The caller is a VA in "Agence Nord", an OBM limited to one client in "Studio Sud", an
   * inactive member of a third workspace and no longer a member of a fourth; she has tasks
   * assigned in all four.
   */
  beforeAll(async () => {
    t = await startTestApp();
    me = await createUser(t.dataSource, { name: 'Alex Roux' });
    token = (await signIn(t, me.email)).accessToken;
    const someoneElse = await createUser(t.dataSource);

    const nord = await createWorkspace(t.dataSource, { name: 'Agence Nord' });
    await addMember(t.dataSource, nord, me, 'va');
    await addMember(t.dataSource, nord, someoneElse, 'founder', { owner: true });
    const boutique = await createClient(t.dataSource, nord, { name: 'Boutique Éclat' });
    const launch = await createProject(t.dataSource, boutique, { name: 'Lancement' });

    const sud = await createWorkspace(t.dataSource, { name: 'Studio Sud' });
    const atelier = await createClient(t.dataSource, sud, { name: 'Atelier Bleu' });
    const hidden = await createClient(t.dataSource, sud, { name: 'Hors périmètre' });
    await addMember(t.dataSource, sud, me, 'obm', { clientIds: [atelier.id] });
    const site = await createProject(t.dataSource, atelier, { name: 'Site web' });
    const secret = await createProject(t.dataSource, hidden);

    const inactiveWs = await createWorkspace(t.dataSource, { name: 'Ancien client' });
    await addMember(t.dataSource, inactiveWs, me, 'va', { active: false });
    const oldProject = await createProject(
      t.dataSource,
      await createClient(t.dataSource, inactiveWs),
    );
    const leftWs = await createWorkspace(t.dataSource);
    const leftProject = await createProject(t.dataSource, await createClient(t.dataSource, leftWs));

    const mine = { assigneeId: me.id };
    tasks = {
      t1: await createTask(t.dataSource, launch, { ...mine, dueDate: '2026-03-01' }),
      t2: await createTask(t.dataSource, launch, { ...mine, status: 'in_progress' }),
      t3: await createTask(t.dataSource, launch, {
        ...mine,
        status: 'done',
        dueDate: '2026-02-01',
        completedAt: new Date(),
      }),
      t4: await createTask(t.dataSource, site, {
        ...mine,
        status: 'in_review',
        dueDate: '2026-02-15',
      }),
      t5: await createTask(t.dataSource, secret, { ...mine, dueDate: '2026-01-01' }),
      t6: await createTask(t.dataSource, oldProject, { ...mine, dueDate: '2026-01-01' }),
      t7: await createTask(t.dataSource, leftProject, { ...mine, dueDate: '2026-01-01' }),
      t8: await createTask(t.dataSource, site, { ...mine }),
    };
    // someone else's task, in a workspace of hers
    await createTask(t.dataSource, launch, { assigneeId: someoneElse.id, dueDate: '2026-01-01' });
    const inNord = { workspaceName: 'Agence Nord', clientName: 'Boutique Éclat' };
    const inSud = { workspaceName: 'Studio Sud', clientName: 'Atelier Bleu' };
    names = {
      t1: { ...inNord, projectName: 'Lancement' },
      t2: { ...inNord, projectName: 'Lancement' },
      t3: { ...inNord, projectName: 'Lancement' },
      t4: { ...inSud, projectName: 'Site web' },
      t8: { ...inSud, projectName: 'Site web' },
    };
  });

  afterAll(async () => {
    await t.close();
  });

  const get = (query: Record<string, string | number> = {}) =>
    request(t.http).get('/api/me/tasks').auth(token, { type: 'bearer' }).query(query);

  const idsOf = (res: request.Response) => res.body.items.map((x: { id: string }) => x.id);

  /** Undated tasks come last, by id. */
  const undated = () => [tasks.t2.id, tasks.t8.id].sort();

  it('requires authentication', async () => {
    await request(t.http).get('/api/me/tasks').expect(401);
  });

  it('lists my tasks of every workspace where I am active, in my client scope, by due date', async () => {
    const res = await get().expect(200);
    expect(idsOf(res)).toEqual([tasks.t3.id, tasks.t4.id, tasks.t1.id, ...undated()]);
    expect(res.body.nextCursor).toBeNull();
  });

  it('names the workspace, client and project of each task', async () => {
    const res = await get().expect(200);
    for (const item of res.body.items) {
      const key = Object.keys(tasks).find((k) => tasks[k as keyof typeof tasks].id === item.id)!;
      const task = tasks[key as keyof typeof tasks];
      expect(item).toMatchObject({
        ...names[key],
        workspaceId: task.workspaceId,
        clientId: task.clientId,
        projectId: task.projectId,
        assigneeId: me.id,
        version: 1,
      });
    }
  });

  it('gives each task exactly as the task route does (names aside, checked above)', async () => {
    const res = await get().expect(200);
    for (const { workspaceName: _w, clientName: _c, projectName: _p, ...item } of res.body.items) {
      const one = await request(t.http)
        .get(`/api/workspaces/${item.workspaceId}/tasks/${item.id}`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect(item).toEqual(one.body);
    }
  });

  it('filters by one status or several', async () => {
    expect(idsOf(await get({ status: 'done' }).expect(200))).toEqual([tasks.t3.id]);
    expect(idsOf(await get({ status: 'todo,in_progress' }).expect(200))).toEqual([
      tasks.t1.id,
      ...undated(),
    ]);
  });

  it('filters by due date, strictly before the day given', async () => {
    expect(idsOf(await get({ dueBefore: '2026-03-01' }).expect(200))).toEqual([
      tasks.t3.id,
      tasks.t4.id,
    ]);
  });

  it('pages through every task, undated ones included, without repeating one', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: request.Response = await get({ limit: 1, ...(cursor && { cursor }) }).expect(200);
      seen.push(...idsOf(res));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual([tasks.t3.id, tasks.t4.id, tasks.t1.id, ...undated()]);
    expect(pages).toBe(5);
  });

  it('reads a page in one SQL query, whatever the number of workspaces', async () => {
    const queries = await captureQueries(() => get().expect(200));
    expect(queries).toHaveLength(1);
  });

  it.each([
    ['an unknown status', { status: 'todo,later' }, ['status']],
    ['an impossible date', { dueBefore: '2026-13-01' }, ['dueBefore']],
    ['a made-up cursor', { cursor: 'abc' }, ['cursor']],
    [
      'a cursor of the wrong shape',
      { cursor: Buffer.from('["soon","x"]').toString('base64url') },
      ['cursor'],
    ],
    ['an unknown parameter', { workspaceId: 'x' }, ['workspaceId']],
  ])('answers 400 to %s', async (_label, query, fields) => {
    expect(fieldsOf(await get(query).expect(400))).toEqual(fields);
  });
});
