import request from 'supertest';
import type { Role, TaskImportResponse } from '@relais/domain';
import { AuditEventEntity } from '../src/modules/audit/audit-event.entity';
import { TaskImportJob, taskImportJob } from '../src/modules/imports/jobs/task-import.job';
import { TaskImportEntity } from '../src/modules/imports/task-import.entity';
import { JobQueue } from '../src/modules/jobs/job-queue';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { signIn } from './auth-helpers';
import { createUser } from './factories';
import { createTestTeam, type TestTeam } from './background-factories';
import { createClient, createProject } from './project-factories';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait';

const MANAGERS = ['founder', 'ops_director', 'obm'] as const satisfies readonly Role[];

/** A Trello export (a few of its columns): a BOM, quotes, a description on two lines, bad rows. */
function trelloCsv(vaEmail: string): string {
  return [
    '\uFEFFCard ID,Card Name,Card Description,Due Date,List Name,Assignee Email,Priority',
    `a1,Écrire l'article,"Premier jet`,
    `puis relecture",2030-03-15T17:00:00.000Z,Done,${vaEmail},High`,
    'a2,,No title,,To Do,,',
    'a3,Préparer le webinaire,"Slides, démo",15/03/2030,Doing,nobody@example.test,',
    'a4,Mettre à jour le site,,not a date,Blocked,,whenever',
    `a5,Envoyer la newsletter,,,To Do,${vaEmail.toUpperCase()},low`,
  ].join('\r\n');
}

const TRELLO_MAPPING = {
  title: 'Card Name',
  description: 'Card Description',
  dueDate: 'Due Date',
  status: 'List Name',
  assigneeEmail: 'Assignee Email',
  priority: 'Priority',
};

describe('CSV imports of tasks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  function imports(team: TestTeam, role: Role) {
    const token = team.members[role].token;
    const base = `/api/workspaces/${team.workspace.id}/imports`;
    return {
      post: (body: object) => request(t.http).post(base).auth(token, { type: 'bearer' }).send(body),
      upload: () => request(t.http).post(base).auth(token, { type: 'bearer' }),
      get: (id: string) => request(t.http).get(`${base}/${id}`).auth(token, { type: 'bearer' }),
    };
  }

  async function finished(team: TestTeam, id: string, role: Role = 'obm') {
    return waitFor(
      async () => {
        const res = await imports(team, role).get(id).expect(200);
        const body = res.body as TaskImportResponse;
        return body.status === 'done' || body.status === 'failed' ? body : undefined;
      },
      { what: 'the import to finish', timeoutMs: 30_000 },
    );
  }

  async function tasksOf(project: Pick<ProjectEntity, 'id'>) {
    return t.dataSource
      .getRepository(TaskEntity)
      .find({ where: { projectId: project.id }, order: { position: 'ASC' } });
  }

  it('requires authentication', async () => {
    const team = await createTestTeam(t, { signIn: false });
    const base = `/api/workspaces/${team.workspace.id}/imports`;
    await request(t.http).post(base).send({}).expect(401);
    await request(t.http).get(`${base}/00000000-0000-4000-8000-000000000000`).expect(401);
  });

  it('answers 404 to someone who is not a member, and 400 to malformed ids', async () => {
    const team = await createTestTeam(t);
    const outsider = await createUser(t.dataSource);
    const { accessToken } = await signIn(t, outsider.email);
    await request(t.http)
      .post(`/api/workspaces/${team.workspace.id}/imports`)
      .auth(accessToken, { type: 'bearer' })
      .send({ projectId: team.project.id, mapping: { title: 'Name' }, csv: 'Name\nA' })
      .expect(404);
    await request(t.http)
      .post('/api/workspaces/not-a-uuid/imports')
      .auth(accessToken, { type: 'bearer' })
      .send({})
      .expect(400);
    await imports(team, 'obm').get('not-a-uuid').expect(400);
  });

  it('refuses a VA, who may create only her own tasks (403)', async () => {
    const team = await createTestTeam(t);
    const body = { projectId: team.project.id, mapping: { title: 'Name' }, csv: 'Name\nA' };
    await imports(team, 'va').post(body).expect(403);
    const { body: created } = await imports(team, 'obm').post(body).expect(202);
    await imports(team, 'va').get(created.id).expect(403);
  });

  it.each(MANAGERS)('lets a %s import tasks', async (role) => {
    const team = await createTestTeam(t);
    const res = await imports(team, role)
      .post({ projectId: team.project.id, mapping: { title: 'Name' }, csv: 'Name\nRelancer Marc' })
      .expect(202);
    expect(res.body).toEqual({ id: expect.any(String) });
    expect(await finished(team, res.body.id, role)).toMatchObject({ importedRows: 1 });
  });

  it('imports a Trello export: good rows become tasks, bad rows are reported by line', async () => {
    const team = await createTestTeam(t);
    const { obm, va } = team.members;

    const res = await imports(team, 'obm')
      .post({ projectId: team.project.id, csv: trelloCsv(va.user.email), mapping: TRELLO_MAPPING })
      .expect(202);
    const done = await finished(team, res.body.id);

    expect(done).toEqual({
      id: res.body.id,
      projectId: team.project.id,
      status: 'done',
      totalRows: 5,
      processedRows: 5,
      importedRows: 2,
      errors: [
        {
          line: 4,
          message: 'the title is empty',
          reasons: [{ code: 'title_empty', params: {} }],
        },
        {
          line: 5,
          message: "nobody@example.test is not an active member working for this project's client",
          reasons: [{ code: 'unknown_assignee', params: { email: 'nobody@example.test' } }],
        },
        {
          line: 6,
          message:
            '"not a date" is not a date; unknown status "Blocked" (to do, in progress, in review or done); unknown priority "whenever" (low, normal, high or urgent)',
          // one code per problem, with the cell as written, for clients to say it in their language
          reasons: [
            { code: 'invalid_date', params: { value: 'not a date' } },
            { code: 'unknown_status', params: { value: 'Blocked' } },
            { code: 'unknown_priority', params: { value: 'whenever' } },
          ],
        },
      ],
      createdAt: expect.any(String),
      finishedAt: expect.any(String),
    });
    const tasks = await tasksOf(team.project);
    expect(tasks).toHaveLength(2);
    const article = tasks.find((task) => task.title === "Écrire l'article")!;
    expect(article).toMatchObject({
      workspaceId: team.workspace.id,
      clientId: team.client.id,
      description: 'Premier jet\r\npuis relecture',
      // 17:00 UTC is 18:00 in Paris, the same day
      dueDate: '2030-03-15',
      status: 'done',
      priority: 'high',
      assigneeId: va.user.id,
      createdById: obm.user.id,
      version: 1,
    });
    expect(article.completedAt).not.toBeNull();
    expect(tasks.find((task) => task.title === 'Envoyer la newsletter')).toMatchObject({
      status: 'todo',
      priority: 'low',
      assigneeId: va.user.id,
      dueDate: null,
      completedAt: null,
    });
    const audit = await t.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ workspaceId: team.workspace.id, action: 'task.created' });
    expect(audit).toHaveLength(2);
    expect(audit[0].changes.importId).toEqual({ before: null, after: res.body.id });
  });

  it('reports extra cells, a title too long and a quote left open by code', async () => {
    const team = await createTestTeam(t);
    const csv = [
      'Name,Notes',
      'Trop de cellules,une note,de trop',
      `${'T'.repeat(301)},`,
      'Bonne ligne,',
      '"Jamais fermé,la suite',
    ].join('\n');
    const res = await imports(team, 'obm')
      .post({ projectId: team.project.id, mapping: { title: 'Name' }, csv })
      .expect(202);

    expect(await finished(team, res.body.id)).toMatchObject({
      status: 'done',
      totalRows: 4,
      processedRows: 4,
      importedRows: 1,
      errors: [
        {
          line: 2,
          message: '3 fields where the header has 2',
          reasons: [{ code: 'extra_fields', params: { fields: 3, columns: 2 } }],
        },
        {
          line: 3,
          message: 'the title is longer than 300 characters',
          reasons: [{ code: 'title_too_long', params: { max: 300 } }],
        },
        {
          line: 5,
          message: 'a quoted field is not closed',
          reasons: [{ code: 'unclosed_quote', params: {} }],
        },
      ],
    });
  });

  it('answers an import recorded before reasons had codes with its messages and no reasons', async () => {
    const team = await createTestTeam(t);
    const old = await t.dataSource.getRepository(TaskImportEntity).save({
      workspaceId: team.workspace.id,
      projectId: team.project.id,
      status: 'done',
      mapping: { title: 'Name', dateOrder: 'dmy' },
      csv: 'Name\n',
      totalRows: 1,
      processedRows: 1,
      errors: [{ line: 2, message: 'the title is empty' }],
    });
    const { body } = await imports(team, 'obm').get(old.id).expect(200);
    expect(body.errors).toEqual([{ line: 2, message: 'the title is empty', reasons: [] }]);
  });

  it('takes a French spreadsheet file past the JSON body limit: semicolons, Windows-1252', async () => {
    const team = await createTestTeam(t);
    const rows = Array.from(
      { length: 500 },
      (_, i) =>
        `Tâche numéro ${i + 1} pour l'équipe éditoriale;${String((i % 28) + 1).padStart(2, '0')}/04/2030;Haute;À faire;"Vérifier les liens, les visuels et l'orthographe ; prévenir Élodie quand c'est en ligne, puis archiver la carte et noter le temps passé dans Relais"`,
    );
    const text = ['Nom;Échéance;Priorité;Statut;Notes', ...rows].join('\r\n');
    // Excel in France writes Windows-1252, whose accented letters latin1 shares
    const file = Buffer.from(text, 'latin1');
    expect(file.length).toBeGreaterThan(100 * 1024);

    const res = await imports(team, 'founder')
      .upload()
      .field('projectId', team.project.id)
      .field(
        'mapping',
        JSON.stringify({
          title: 'Nom',
          dueDate: 'Échéance',
          priority: 'Priorité',
          status: 'Statut',
        }),
      )
      .attach('file', file, { filename: 'export.csv', contentType: 'text/csv' })
      .expect(202);
    const done = await finished(team, res.body.id, 'founder');

    expect(done).toMatchObject({ status: 'done', totalRows: 500, importedRows: 500, errors: [] });
    const tasks = await tasksOf(team.project);
    expect(tasks).toHaveLength(500);
    expect(tasks[0]).toMatchObject({
      title: "Tâche numéro 1 pour l'équipe éditoriale",
      dueDate: '2030-04-01',
      priority: 'high',
      status: 'todo',
    });
    expect(new Set(tasks.map((task) => task.position)).size).toBe(500);
  });

  it('reads Windows-1252 letters latin1 lacks (œ, ’, €) in headers and cells', async () => {
    const team = await createTestTeam(t);
    const text = ['Tâche;Date d’échéance', 'Revoir le cœur de l’offre à 49 €;15/04/2030'].join(
      '\r\n',
    );
    const windows1252: Record<string, number> = { '’': 0x92, œ: 0x9c, '€': 0x80 };
    const file = Buffer.from([...text].map((c) => windows1252[c] ?? c.charCodeAt(0)));

    const res = await imports(team, 'obm')
      .upload()
      .field('projectId', team.project.id)
      .field('mapping', JSON.stringify({ title: 'Tâche', dueDate: 'Date d’échéance' }))
      .attach('file', file, { filename: 'export.csv', contentType: 'text/csv' })
      .expect(202);

    expect(await finished(team, res.body.id)).toMatchObject({ status: 'done', importedRows: 1 });
    expect(await tasksOf(team.project)).toMatchObject([
      { title: 'Revoir le cœur de l’offre à 49 €', dueDate: '2030-04-15' },
    ]);
  });

  it('answers 400 for a mapping to a column the CSV does not have, and for a missing or double CSV', async () => {
    const team = await createTestTeam(t);
    const api = imports(team, 'obm');
    const res = await api
      .post({
        projectId: team.project.id,
        mapping: { title: 'Name', dueDate: 'Deadline' },
        csv: 'Name,Due\nA,',
      })
      .expect(400);
    expect(res.body.fields).toEqual([
      { field: 'mapping.dueDate', errors: ['the CSV has no column "Deadline"'] },
    ]);
    await api.post({ projectId: team.project.id, mapping: { title: 'Name' } }).expect(400);
    await api.post({ projectId: team.project.id, mapping: { title: 'Name' }, csv: '' }).expect(400);
    await api
      .upload()
      .field('projectId', team.project.id)
      .field('mapping', JSON.stringify({ title: 'Name' }))
      .field('csv', 'Name\nA')
      .attach('file', Buffer.from('Name\nB'), 'export.csv')
      .expect(400);
    await api.post({ projectId: team.project.id, mapping: {}, csv: 'Name\nA' }).expect(400);
    await api
      .post({ projectId: team.project.id, mapping: { title: 'Name', color: 'C' }, csv: 'Name\nA' })
      .expect(400);
    await api
      .post({
        projectId: team.project.id,
        mapping: { title: 'Name' },
        csv: 'Name\nA',
        dateOrder: 'ymd',
      })
      .expect(400);
    expect(
      await t.dataSource
        .getRepository(TaskImportEntity)
        .countBy({ workspaceId: team.workspace.id }),
    ).toBe(0);
  });

  it('answers 413 for a file over 5 MB', async () => {
    const team = await createTestTeam(t);
    await imports(team, 'obm')
      .upload()
      .field('projectId', team.project.id)
      .field('mapping', JSON.stringify({ title: 'Name' }))
      .attach('file', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'big.csv')
      .expect(413);
  });

  it('answers 404 for a project of another workspace or out of scope, 400 for an archived one', async () => {
    const team = await createTestTeam(t);
    const other = await createTestTeam(t, { signIn: false });
    const archived = await createProject(t.dataSource, team.workspace, team.client, {
      archivedAt: new Date(),
    });
    const api = imports(team, 'obm');
    const body = (projectId: string) => ({ projectId, mapping: { title: 'Name' }, csv: 'Name\nA' });
    await api.post(body(other.project.id)).expect(404);
    await api.post(body(archived.id)).expect(400);

    const otherClient = await createClient(t.dataSource, team.workspace);
    await t.dataSource.query('UPDATE memberships SET client_ids = $1 WHERE id = $2', [
      [otherClient.id],
      team.members.obm.membership.id,
    ]);
    await api.post(body(team.project.id)).expect(404);
  });

  it("answers 404 for another workspace's import", async () => {
    const team = await createTestTeam(t);
    const other = await createTestTeam(t);
    const { body } = await imports(other, 'obm')
      .post({ projectId: other.project.id, mapping: { title: 'Name' }, csv: 'Name\nA' })
      .expect(202);
    await imports(team, 'obm').get(body.id).expect(404);
  });

  it('imports each row once: a run again does nothing, a run cut short resumes after the rows counted', async () => {
    const team = await createTestTeam(t, { signIn: false });
    // as left by a run that stopped after the first row
    const cut = await t.dataSource.getRepository(TaskImportEntity).save({
      workspaceId: team.workspace.id,
      projectId: team.project.id,
      createdById: team.members.obm.user.id,
      status: 'running',
      mapping: { title: 'Name', dateOrder: 'dmy' },
      csv: 'Name\nFirst\nSecond\nThird',
      totalRows: 3,
      processedRows: 1,
      importedRows: 1,
    });
    const job = t.app.get(TaskImportJob);

    await job.handle({ workspaceId: team.workspace.id, importId: cut.id });
    await job.handle({ workspaceId: team.workspace.id, importId: cut.id });

    expect((await tasksOf(team.project)).map((task) => task.title)).toEqual(['Second', 'Third']);
    expect(
      await t.dataSource.getRepository(TaskImportEntity).findOneByOrFail({ id: cut.id }),
    ).toMatchObject({ status: 'done', processedRows: 3, importedRows: 3 });
  });
});

describe('failed jobs page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  /** An import whose job cannot run (a mapping that is not text) and fails for good. */
  async function brokenImport(team: TestTeam): Promise<string> {
    const imported = await t.dataSource.getRepository(TaskImportEntity).save({
      workspaceId: team.workspace.id,
      projectId: team.project.id,
      status: 'queued',
      mapping: { title: 5 } as unknown as Record<string, string>,
      csv: 'Name\nA',
    });
    const job = taskImportJob({ workspaceId: team.workspace.id, importId: imported.id });
    await t.app.get(JobQueue).enqueue(job.name, job.data, job.options);
    return imported.id;
  }

  const failedJobs = (team: TestTeam, role: Role, query = '') =>
    request(t.http)
      .get(`/api/workspaces/${team.workspace.id}/admin/failed-jobs${query}`)
      .auth(team.members[role].token, { type: 'bearer' });

  it('requires authentication', async () => {
    const team = await createTestTeam(t, { signIn: false });
    await request(t.http).get(`/api/workspaces/${team.workspace.id}/admin/failed-jobs`).expect(401);
  });

  it('answers 404 to someone who is not a member', async () => {
    const team = await createTestTeam(t, { signIn: false });
    const outsider = await createUser(t.dataSource);
    const { accessToken } = await signIn(t, outsider.email);
    await request(t.http)
      .get(`/api/workspaces/${team.workspace.id}/admin/failed-jobs`)
      .auth(accessToken, { type: 'bearer' })
      .expect(404);
  });

  it.each(['obm', 'va'] as const)('is closed to a %s (403)', async (role) => {
    const team = await createTestTeam(t);
    await failedJobs(team, role).expect(403);
  });

  it.each(['founder', 'ops_director'] as const)(
    'shows a %s the jobs of the workspace that failed for good, and only theirs',
    async (role) => {
      const team = await createTestTeam(t);
      const other = await createTestTeam(t, { signIn: false });
      const first = await brokenImport(team);
      const second = await brokenImport(team);
      await brokenImport(other);

      const res = await waitFor(
        async () => {
          const page = await failedJobs(team, role).expect(200);
          return page.body.items.length === 2 ? page : undefined;
        },
        { what: 'two failed jobs', timeoutMs: 20_000 },
      );
      for (const item of res.body.items) {
        expect(item).toEqual({
          id: expect.stringMatching(/^import-/),
          name: 'task-import',
          data: { workspaceId: team.workspace.id, importId: expect.any(String) },
          attempts: 5,
          error: expect.stringMatching(/trim is not a function/),
          failedAt: expect.any(String),
        });
      }
      expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
        [`import-${first}`, `import-${second}`].sort(),
      );
      const page = await failedJobs(team, role, '?limit=1').expect(200);
      expect(page.body.items).toHaveLength(1);
      const next = await failedJobs(team, role, `?limit=1&cursor=${page.body.nextCursor}`).expect(
        200,
      );
      expect(next.body).toEqual({ items: [res.body.items[1]], nextCursor: null });
      // the import says it failed, keeping why
      const imported = await t.dataSource
        .getRepository(TaskImportEntity)
        .findOneByOrFail({ id: first });
      expect(imported.status).toBe('failed');
      expect(imported.errors[0].message).toMatch(/^the import stopped: /);
      expect(imported.errors[0].reasons).toEqual([
        {
          code: 'import_stopped',
          params: { detail: expect.stringMatching(/trim is not a function/) },
        },
      ]);
    },
  );
});
