import type { Role } from '@relais/domain';
import { createWorkspace } from './factories';
import { startTestApp, type TestApp } from './test-app';
import {
  auditOf,
  createObjective,
  fieldsOf,
  joinAs,
  outsiders,
  requestAs,
  type Actor,
} from './time-factories';

const ROLES = ['founder', 'ops_director', 'obm', 'va'] as const satisfies readonly Role[];
const MANAGERS = ['founder', 'ops_director'] as const satisfies readonly Role[];
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

interface KeyResultBody {
  id: string;
  title: string;
  start: number;
  target: number;
  current: number;
  progress: number;
}

interface ObjectiveBody {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  ownerId: string | null;
  progress: number | null;
  keyResults: KeyResultBody[];
}

describe('objectives API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = (actor: Actor | null) => requestAs(t, actor);
  const OUTSIDERS = [
    ['a user of no workspace', () => outsiders(t)[0][1]()],
    ['a member of another workspace', () => outsiders(t)[1][1]()],
  ] as const;

  /** A workspace with its owner and one objective of two key results (progress 0.5 and 0.25). */
  async function world() {
    const ws = await createWorkspace(t.dataSource);
    const founder = await joinAs(t, ws, 'founder', { owner: true });
    const { objective, keyResults } = await createObjective(
      t.dataSource,
      ws,
      {
        title: 'Croissance',
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
        ownerId: founder.user.id,
      },
      [
        { title: 'Clients actifs', start: 10, target: 20, current: 15 },
        { title: 'Délai de réponse (h)', start: 48, target: 8, current: 38 },
      ],
    );
    const url = `/api/workspaces/${ws.id}/objectives`;
    return { ws, founder, objective, keyResults, url, one: `${url}/${objective.id}` };
  }

  const newObjective = (overrides: object = {}) => ({
    title: 'Fidéliser',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    keyResults: [
      { title: 'Renouvellements', start: 0, target: 10, current: 4 },
      { title: 'Churn (%)', start: 8, target: 4, current: 8 },
    ],
    ...overrides,
  });

  describe('GET /workspaces/:ws/objectives', () => {
    it('requires authentication', async () => {
      const { url } = await world();
      await as(null).get(url).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { url } = await world();
      await as(await outsider())
        .get(url)
        .expect(404);
    });

    it.each(ROLES)('shows a %s every objective with its progress', async (role) => {
      const { ws, url, objective, keyResults, founder } = await world();
      const actor = role === 'founder' ? founder : await joinAs(t, ws, role);

      const res = await as(actor).get(url).expect(200);

      expect(res.body).toEqual({
        items: [
          {
            id: objective.id,
            workspaceId: ws.id,
            title: 'Croissance',
            periodStart: '2026-04-01',
            periodEnd: '2026-06-30',
            ownerId: founder.user.id,
            ownerName: 'Test User',
            progress: 0.375,
            keyResults: [
              {
                id: keyResults[0].id,
                title: 'Clients actifs',
                start: 10,
                target: 20,
                current: 15,
                progress: 0.5,
              },
              {
                id: keyResults[1].id,
                title: 'Délai de réponse (h)',
                start: 48,
                target: 8,
                current: 38,
                progress: 0.25,
              },
            ],
            createdAt: expect.any(String),
            updatedAt: expect.any(String),
          },
        ],
        nextCursor: null,
      });
    });

    it('lists the latest periods first, page by page, and filters by period', async () => {
      const { ws, founder, url, objective } = await world();
      const q1 = await createObjective(t.dataSource, ws, {
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
      });
      const q3 = await createObjective(t.dataSource, ws, {
        periodStart: '2026-07-01',
        periodEnd: '2026-09-30',
      });

      const first = await as(founder).get(`${url}?limit=2`).expect(200);
      const second = await as(founder)
        .get(`${url}?limit=2&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect([...first.body.items, ...second.body.items].map((o: ObjectiveBody) => o.id)).toEqual([
        q3.objective.id,
        objective.id,
        q1.objective.id,
      ]);
      expect(second.body.nextCursor).toBeNull();
      expect(second.body.items[0].progress).toBeNull();

      const may = await as(founder).get(`${url}?from=2026-05-01&to=2026-06-01`).expect(200);
      expect(may.body.items.map((o: ObjectiveBody) => o.id)).toEqual([objective.id]);
      const spring = await as(founder).get(`${url}?from=2026-03-31&to=2026-04-02`).expect(200);
      expect(spring.body.items.map((o: ObjectiveBody) => o.id)).toEqual([
        objective.id,
        q1.objective.id,
      ]);
    });

    it.each([
      ['a bad date', 'from=2026-02-30', ['from']],
      ['to before from', 'from=2026-05-01&to=2026-04-01', ['to']],
      ['a forged cursor', 'cursor=abc', ['cursor']],
    ])('answers 400 to %s', async (_label, query, fields) => {
      const { founder, url } = await world();
      const res = await as(founder).get(`${url}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe('GET /workspaces/:ws/objectives/:id', () => {
    it('requires authentication', async () => {
      const { one } = await world();
      await as(null).get(one).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { one } = await world();
      await as(await outsider())
        .get(one)
        .expect(404);
    });

    it('answers 404 for an unknown objective or one of another workspace, 400 for a bad id', async () => {
      const { founder, url } = await world();
      const other = await world();
      await as(founder).get(`${url}/${MISSING_ID}`).expect(404);
      await as(founder).get(`${url}/${other.objective.id}`).expect(404);
      await as(founder).get(`${url}/nope`).expect(400);
    });

    it.each(ROLES)('shows a %s one objective', async (role) => {
      const { ws, one, objective } = await world();
      const res = await as(await joinAs(t, ws, role))
        .get(one)
        .expect(200);
      expect(res.body).toMatchObject({ id: objective.id, progress: 0.375 });
    });
  });

  describe('POST /workspaces/:ws/objectives', () => {
    it('requires authentication', async () => {
      const { url } = await world();
      await as(null).post(url, newObjective()).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { url } = await world();
      await as(await outsider())
        .post(url, newObjective())
        .expect(404);
    });

    it.each(['obm', 'va'] as const)('answers 403 to a %s', async (role) => {
      const { ws, url } = await world();
      await as(await joinAs(t, ws, role))
        .post(url, newObjective())
        .expect(403);
    });

    it.each(MANAGERS)(
      'lets a %s create an objective, owned by her by default, audited',
      async (role) => {
        const { ws, url } = await world();
        const actor = await joinAs(t, ws, role);

        const res = await as(actor).post(url, newObjective()).expect(201);

        expect(res.body).toMatchObject({
          title: 'Fidéliser',
          periodStart: '2026-07-01',
          periodEnd: '2026-09-30',
          ownerId: actor.user.id,
          progress: 0.2,
          keyResults: [
            { title: 'Renouvellements', start: 0, target: 10, current: 4, progress: 0.4 },
            { title: 'Churn (%)', start: 8, target: 4, current: 8, progress: 0 },
          ],
        });
        const [audit] = await auditOf(t, res.body.id);
        expect(audit).toMatchObject({ action: 'objective.created', actor_id: actor.user.id });
        expect(audit.changes).toMatchObject({
          title: { before: null, after: 'Fidéliser' },
          keyResults: {
            before: [],
            after: [
              expect.objectContaining({ title: 'Renouvellements' }),
              expect.objectContaining({ title: 'Churn (%)', start: 8, target: 4 }),
            ],
          },
        });
      },
    );

    it('takes another owner, or none, and an objective without key results', async () => {
      const { ws, founder, url } = await world();
      const ops = await joinAs(t, ws, 'ops_director');
      const owned = await as(founder)
        .post(url, newObjective({ ownerId: ops.user.id }))
        .expect(201);
      const free = await as(founder)
        .post(url, newObjective({ ownerId: null, keyResults: [] }))
        .expect(201);
      expect(owned.body.ownerId).toBe(ops.user.id);
      expect(free.body).toMatchObject({ ownerId: null, progress: null, keyResults: [] });
    });

    it.each([
      ['no title', { title: '' }, ['title']],
      ['a period ending before it starts', { periodEnd: '2026-06-30' }, ['periodEnd']],
      ['a bad date', { periodStart: '2026-02-30' }, ['periodStart']],
      ['an owner outside the workspace', { ownerId: MISSING_ID }, ['ownerId']],
      [
        'a key result without target',
        { keyResults: [{ title: 'x', start: 0, current: 0 }] },
        ['keyResults.0.target'],
      ],
      [
        'a value as text',
        { keyResults: [{ title: 'x', start: '0', target: 1, current: 0 }] },
        ['keyResults.0.start'],
      ],
      [
        'an id on a new key result',
        { keyResults: [{ id: MISSING_ID, title: 'x', start: 0, target: 1, current: 0 }] },
        ['keyResults.0.id'],
      ],
      [
        'too many key results',
        {
          keyResults: Array.from({ length: 21 }, () => ({
            title: 'x',
            start: 0,
            target: 1,
            current: 0,
          })),
        },
        ['keyResults'],
      ],
      ['an unknown field', { progress: 1 }, ['progress']],
    ])('answers 400 to %s', async (_label, change, fields) => {
      const { founder, url } = await world();
      const res = await as(founder).post(url, newObjective(change)).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });

    it('answers 400 to a value beyond what a number can hold', async () => {
      const { founder, url } = await world();
      const res = await as(founder)
        .post(
          url,
          '{"title":"x","periodStart":"2026-01-01","periodEnd":"2026-02-01","keyResults":[{"title":"x","start":0,"target":1e400,"current":0}]}',
        )
        .set('content-type', 'application/json')
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['keyResults.0.target']);
    });
  });

  describe('PATCH /workspaces/:ws/objectives/:id', () => {
    it('requires authentication', async () => {
      const { one } = await world();
      await as(null).patch(one, { title: 'x' }).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { one } = await world();
      await as(await outsider())
        .patch(one, { title: 'x' })
        .expect(404);
    });

    it('answers 403 to a VA', async () => {
      const { ws, one, keyResults } = await world();
      const va = await joinAs(t, ws, 'va');
      await as(va)
        .patch(one, {
          keyResults: [{ id: keyResults[0].id, current: 20 }, { id: keyResults[1].id }],
        })
        .expect(403);
    });

    it('answers 404 for an unknown objective or one of another workspace', async () => {
      const { founder, url } = await world();
      const other = await world();
      await as(founder).patch(`${url}/${MISSING_ID}`, { title: 'x' }).expect(404);
      await as(founder).patch(`${url}/${other.objective.id}`, { title: 'x' }).expect(404);
    });

    it('lets an OBM update the current value of key results, audited', async () => {
      const { ws, one, keyResults } = await world();
      const obm = await joinAs(t, ws, 'obm');

      const res = await as(obm)
        .patch(one, {
          keyResults: [
            { id: keyResults[0].id, current: 20 },
            { id: keyResults[1].id, current: 28 },
          ],
        })
        .expect(200);

      expect(res.body.progress).toBe(0.75);
      expect(res.body.keyResults.map((kr: KeyResultBody) => [kr.current, kr.progress])).toEqual([
        [20, 1],
        [28, 0.5],
      ]);
      const [audit] = await auditOf(t, res.body.id);
      expect(audit).toMatchObject({ action: 'objective.updated', actor_id: obm.user.id });
      expect(Object.keys(audit.changes)).toEqual(['keyResults']);
    });

    it('lets an OBM send the whole objective back with only current changed', async () => {
      const { ws, one, founder } = await world();
      const obm = await joinAs(t, ws, 'obm');
      const current = (await as(founder).get(one).expect(200)).body as ObjectiveBody;

      await as(obm)
        .patch(one, {
          title: current.title,
          periodStart: current.periodStart,
          periodEnd: current.periodEnd,
          ownerId: current.ownerId,
          keyResults: current.keyResults.map(({ id, title, start, target }, i) => ({
            id,
            title,
            start,
            target,
            current: i === 0 ? 17 : 38,
          })),
        })
        .expect(200);
    });

    it.each([
      ['the title', () => ({ title: 'Autre' })],
      ['the period', () => ({ periodEnd: '2026-07-31' })],
      ['the owner', () => ({ ownerId: null })],
      [
        'a target',
        (ids: string[]) => ({ keyResults: [{ id: ids[0], target: 30 }, { id: ids[1] }] }),
      ],
      [
        'a key result title',
        (ids: string[]) => ({ keyResults: [{ id: ids[0], title: 'x' }, { id: ids[1] }] }),
      ],
      ['the order', (ids: string[]) => ({ keyResults: [{ id: ids[1] }, { id: ids[0] }] })],
      ['a deletion', (ids: string[]) => ({ keyResults: [{ id: ids[0], current: 20 }] })],
      [
        'an addition',
        (ids: string[]) => ({
          keyResults: [
            { id: ids[0] },
            { id: ids[1] },
            { title: 'x', start: 0, target: 1, current: 0 },
          ],
        }),
      ],
    ])('answers 403 to an OBM changing %s, and changes nothing', async (_label, change) => {
      const { ws, one, keyResults, founder } = await world();
      const obm = await joinAs(t, ws, 'obm');
      const before = (await as(founder).get(one).expect(200)).body;

      await as(obm)
        .patch(one, change(keyResults.map((kr) => kr.id)))
        .expect(403);

      expect((await as(founder).get(one).expect(200)).body).toEqual(before);
    });

    it.each(MANAGERS)(
      'lets a %s edit everything: fields, and add, change, reorder and delete key results',
      async (role) => {
        const { ws, one, keyResults, objective } = await world();
        const actor = await joinAs(t, ws, role);

        const res = await as(actor)
          .patch(one, {
            title: 'Croissance durable',
            periodEnd: '2026-07-31',
            ownerId: actor.user.id,
            keyResults: [
              { title: 'CA mensuel', start: 0, target: 100, current: 25 },
              { id: keyResults[1].id, target: 18 },
            ],
          })
          .expect(200);

        expect(res.body).toMatchObject({
          id: objective.id,
          title: 'Croissance durable',
          periodStart: '2026-04-01',
          periodEnd: '2026-07-31',
          ownerId: actor.user.id,
          keyResults: [
            { title: 'CA mensuel', start: 0, target: 100, current: 25, progress: 0.25 },
            { id: keyResults[1].id, start: 48, target: 18, current: 38, progress: 1 / 3 },
          ],
        });
        expect(res.body.progress).toBeCloseTo((0.25 + 1 / 3) / 2, 10);
        const remaining = await t.dataSource.query(
          'SELECT id FROM key_results WHERE objective_id = $1',
          [objective.id],
        );
        expect(remaining).toHaveLength(2);
        const [audit] = await auditOf(t, objective.id);
        expect(audit.changes).toMatchObject({
          title: { before: 'Croissance', after: 'Croissance durable' },
          periodEnd: { before: '2026-06-30', after: '2026-07-31' },
          keyResults: {
            before: [
              expect.objectContaining({ id: keyResults[0].id }),
              expect.objectContaining({ id: keyResults[1].id }),
            ],
            after: [
              expect.objectContaining({ title: 'CA mensuel' }),
              expect.objectContaining({ id: keyResults[1].id, target: 18 }),
            ],
          },
        });
      },
    );

    it('changes nothing and audits nothing for an empty edit', async () => {
      const { founder, one, objective } = await world();
      await as(founder).patch(one, {}).expect(200);
      expect(await auditOf(t, objective.id)).toEqual([]);
    });

    it.each([
      [
        'a key result of another objective',
        (_ids: string[], other: string) => ({ keyResults: [{ id: other, current: 1 }] }),
        ['keyResults.0.id'],
      ],
      [
        'the same key result twice',
        (ids: string[]) => ({ keyResults: [{ id: ids[0] }, { id: ids[0] }] }),
        ['keyResults.1.id'],
      ],
      [
        'a new key result without values',
        () => ({ keyResults: [{ title: 'x' }] }),
        ['keyResults.0.current', 'keyResults.0.start', 'keyResults.0.target'],
      ],
      ['an end before the stored start', () => ({ periodEnd: '2026-03-31' }), ['periodEnd']],
      ['a null title', () => ({ title: null }), ['title']],
      ['an owner outside the workspace', () => ({ ownerId: MISSING_ID }), ['ownerId']],
    ])('answers 400 to %s', async (_label, change, fields) => {
      const { founder, one, keyResults } = await world();
      const other = await world();
      const res = await as(founder)
        .patch(
          one,
          change(
            keyResults.map((kr) => kr.id),
            other.keyResults[0].id,
          ),
        )
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe('DELETE /workspaces/:ws/objectives/:id', () => {
    const keyResultsOf = (objectiveId: string) =>
      t.dataSource.query('SELECT id FROM key_results WHERE objective_id = $1', [objectiveId]);

    it('requires authentication', async () => {
      const { one } = await world();
      await as(null).delete(one).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { one, founder } = await world();
      await as(await outsider())
        .delete(one)
        .expect(404);
      await as(founder).get(one).expect(200);
    });

    it.each(['obm', 'va'] as const)('answers 403 to a %s and keeps the objective', async (role) => {
      const { ws, one, founder, objective } = await world();
      const actor = await joinAs(t, ws, role);
      await as(actor).delete(one).expect(403);
      await as(founder).get(one).expect(200);
      expect(await keyResultsOf(objective.id)).toHaveLength(2);
    });

    it('answers 404 for an unknown objective or one of another workspace, 400 for a bad id', async () => {
      const { founder, url } = await world();
      const other = await world();
      await as(founder).delete(`${url}/${MISSING_ID}`).expect(404);
      await as(founder).delete(`${url}/${other.objective.id}`).expect(404);
      await as(other.founder).get(other.one).expect(200);
      const bad = await as(founder).delete(`${url}/42`).expect(400);
      expect(fieldsOf(bad.body)).toEqual(['id']);
    });

    it.each(MANAGERS)(
      'lets a %s delete an objective with its key results, audited with what they were',
      async (role) => {
        const { ws, one, url, founder, objective, keyResults } = await world();
        const kept = await createObjective(t.dataSource, ws, { title: 'Garder' }, [
          { start: 0, target: 1, current: 0 },
        ]);
        const actor = role === 'founder' ? founder : await joinAs(t, ws, role);

        await as(actor).delete(one).expect(204);

        await as(actor).get(one).expect(404);
        expect(await keyResultsOf(objective.id)).toEqual([]);
        expect(await keyResultsOf(kept.objective.id)).toHaveLength(1);
        const list = await as(actor).get(url).expect(200);
        expect(list.body.items.map((o: ObjectiveBody) => o.id)).toEqual([kept.objective.id]);
        const [audit] = await auditOf(t, objective.id);
        expect(audit).toMatchObject({
          workspace_id: ws.id,
          action: 'objective.deleted',
          actor_id: actor.user.id,
          changes: {
            title: { before: 'Croissance', after: null },
            periodStart: { before: '2026-04-01', after: null },
            keyResults: {
              before: [
                expect.objectContaining({ id: keyResults[0].id, title: 'Clients actifs' }),
                expect.objectContaining({ id: keyResults[1].id, current: 38 }),
              ],
              after: [],
            },
          },
        });
        // a second delete finds nothing
        await as(actor).delete(one).expect(404);
      },
    );
  });
});
