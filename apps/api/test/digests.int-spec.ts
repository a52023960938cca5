import { DigestScanJob } from '../src/modules/digests/jobs/digest-scan.job';
import { OverdueDigestJob } from '../src/modules/digests/jobs/overdue-digest.job';
import { WeeklyDigestJob } from '../src/modules/digests/jobs/weekly-digest.job';
import {
  addSignedInMember,
  createTestTask,
  createTestTeam,
  emailsTo,
  pause,
  startSmtpServer,
  type TestSmtpServer,
  type TestTeam,
} from './background-factories';
import { createClient, createProject } from './project-factories';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait';

/**
 * Digests at 08:00 in the workspace's time zone. The workspaces here are in Tokyo (UTC+9) and
 * the scans run at 05:00 UTC: 14:00 in Tokyo, but 06:00 in Paris, where most of the other
 * tests' workspaces are, so a scan sends little to them.
 */
const TOKYO = 'Asia/Tokyo';
/** Tuesday 12 March 2030, 14:00 in Tokyo. */
const TUESDAY_AFTERNOON = new Date('2030-03-12T05:00:00Z');
/** Tuesday 12 March 2030, 07:00 in Tokyo. */
const TUESDAY_EARLY = new Date('2030-03-11T22:00:00Z');
/** Monday 11 March 2030, 14:00 in Tokyo. */
const MONDAY_AFTERNOON = new Date('2030-03-11T05:00:00Z');
/** Monday 11 March 2030, 07:00 in Tokyo. */
const MONDAY_EARLY = new Date('2030-03-10T22:00:00Z');

describe('digests', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  // the scan is limited to this file's workspaces: the database is shared with every other suite
  const workspaceIds: string[] = [];
  const scan = (now: Date) => t.app.get(DigestScanJob).handle(now, workspaceIds);
  const tokyoTeam = async () => {
    const team = await createTestTeam(t, { timeZone: TOKYO, signIn: false });
    workspaceIds.push(team.workspace.id);
    return team;
  };

  describe('the daily overdue digest', () => {
    async function withOverdueWork(team: TestTeam) {
      const { va } = team.members;
      const task = (overrides: Parameters<typeof createTestTask>[2]) =>
        createTestTask(t.dataSource, team.project, { assigneeId: va.user.id, ...overrides });
      await task({ title: 'Relancer le client', dueDate: '2030-03-01' });
      await task({ title: 'Publier le podcast', dueDate: '2030-03-11' });
      await task({ title: 'Due today', dueDate: '2030-03-12' });
      await task({ title: 'Done late', dueDate: '2030-03-01', status: 'done' });
    }

    it("emails each member their overdue tasks from 08:00 in the workspace's time zone", async () => {
      const team = await tokyoTeam();
      await withOverdueWork(team);
      const { va, obm } = team.members;

      await scan(TUESDAY_EARLY);
      await pause(200);
      expect(await emailsTo(t, va.user.email)).toEqual([]);

      await scan(TUESDAY_AFTERNOON);
      await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the overdue digest' });
      const [email] = await emailsTo(t, va.user.email);
      expect(email.kind).toBe('overdue_digest');
      expect(email.subject).toBe(
        `2 tâches en retard sur ${team.workspace.name} / 2 tasks overdue at ${team.workspace.name}`,
      );
      expect(email.text_body).toContain(
        `Ce mardi 12 mars 2030, 2 tâches qui vous sont confiées sont en retard sur ${team.workspace.name}`,
      );
      expect(email.text_body).toContain(
        `• « Relancer le client » — ${team.project.name}, à rendre le 1 mars (11 jours de retard)`,
      );
      expect(email.text_body).toContain(
        `• “Publier le podcast” — ${team.project.name}, due 11 March (1 day late)`,
      );
      expect(email.text_body).not.toContain('Due today');
      expect(email.text_body).not.toContain('Done late');
      expect(email.html_body).toContain('<li>« Relancer le client »');
      // nothing overdue, nothing sent
      expect(await emailsTo(t, obm.user.email)).toEqual([]);
    });

    it('sends it once a day, however many times the scan and the job run', async () => {
      const team = await tokyoTeam();
      await withOverdueWork(team);
      const { va } = team.members;

      await scan(TUESDAY_AFTERNOON);
      await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the overdue digest' });
      await scan(TUESDAY_AFTERNOON);
      const job = t.app.get(OverdueDigestJob);
      const payload = { workspaceId: team.workspace.id, userId: va.user.id, date: '2030-03-12' };
      await job.handle(payload);
      await job.handle(payload);
      await pause(200);
      expect(smtp.to(va.user.email)).toHaveLength(1);

      // the next day is another digest
      await scan(new Date('2030-03-13T05:00:00Z'));
      await waitFor(() => smtp.to(va.user.email).length === 2, { what: 'the next day digest' });
      const subjects = (await emailsTo(t, va.user.email)).map((e) => e.dedupe_key);
      expect(subjects).toEqual([
        `digest:overdue:${team.workspace.id}:${va.user.id}:2030-03-12`,
        `digest:overdue:${team.workspace.id}:${va.user.id}:2030-03-13`,
      ]);
    });

    it('sends nothing to a member who turned it off', async () => {
      const team = await tokyoTeam();
      await withOverdueWork(team);
      const { va } = team.members;
      await t.dataSource.query(
        `INSERT INTO notification_preferences (user_id, kind, email) VALUES ($1, 'overdue_digest', false)`,
        [va.user.id],
      );
      await scan(TUESDAY_AFTERNOON);
      await t.app
        .get(OverdueDigestJob)
        .handle({ workspaceId: team.workspace.id, userId: va.user.id, date: '2030-03-12' });
      expect(await emailsTo(t, va.user.email)).toEqual([]);
    });
  });

  describe("the founder's weekly digest", () => {
    /** Tokyo instants of the week of 4 March 2030 and around it. */
    async function lastWeekWork(team: TestTeam) {
      const task = (overrides: Parameters<typeof createTestTask>[2]) =>
        createTestTask(t.dataSource, team.project, overrides);
      const at = (iso: string) => new Date(iso);
      // completed last week: on time, late, without a due date, and at 23:30 on Sunday (on time)
      await task({
        status: 'done',
        dueDate: '2030-03-06',
        completedAt: at('2030-03-05T10:00:00+09:00'),
      });
      await task({
        status: 'done',
        dueDate: '2030-03-06',
        completedAt: at('2030-03-07T10:00:00+09:00'),
      });
      await task({ status: 'done', completedAt: at('2030-03-08T10:00:00+09:00') });
      await task({
        status: 'done',
        dueDate: '2030-03-10',
        completedAt: at('2030-03-10T23:30:00+09:00'),
      });
      // completed on Monday in Tokyo (still Sunday in UTC): this week, not counted
      await task({
        status: 'done',
        dueDate: '2030-03-10',
        completedAt: at('2030-03-11T00:30:00+09:00'),
      });
      // the week before
      await task({ status: 'done', completedAt: at('2030-03-01T10:00:00+09:00') });
      // open: overdue, due today, none
      await task({ dueDate: '2030-03-08' });
      await task({ dueDate: '2030-03-11' });
      await task({});
    }

    it("emails the founders last week's figures on Monday from 08:00, in French and English", async () => {
      const team = await tokyoTeam();
      await lastWeekWork(team);
      const { founder, ops_director: opsDirector } = team.members;

      await scan(MONDAY_EARLY);
      await pause(200);
      expect(await emailsTo(t, founder.user.email)).toEqual([]);

      await scan(MONDAY_AFTERNOON);
      await waitFor(() => smtp.to(founder.user.email).length === 1, { what: 'the weekly digest' });
      const [email] = await emailsTo(t, founder.user.email, 'weekly_digest');
      const ws = team.workspace.name;
      expect(email.subject).toBe(
        `Votre semaine sur ${ws} : 4 tâches terminées / Your week at ${ws}: 4 tasks completed`,
      );
      const text = email.text_body;
      expect(text).toContain(
        `Voici les chiffres de la semaine dernière (4–10 mars 2030) sur ${ws} :`,
      );
      expect(text).toContain('• 4 tâches terminées (1 la semaine précédente)');
      expect(text).toMatch(/• 67\s%\sdans les délais \(2 sur 3 tâches terminées avec échéance\)/u);
      expect(text).toContain('• 1 tâche en retard ce lundi');
      expect(text).toMatch(/Here are last week’s figures \(4\s?–\s?10 March 2030\) at /u);
      expect(text).toContain('• 4 tasks completed (1 the week before)');
      expect(text).toContain('• 67% on time (2 of 3 completed tasks with a due date)');
      expect(text).toContain('• 1 task overdue this Monday');
      expect(text).toContain(`http://localhost:3000/w/${team.workspace.id}/dashboard`);
      // founders only
      expect(await emailsTo(t, opsDirector.user.email, 'weekly_digest')).toEqual([]);
    });

    it('counts only the clients of a founder limited to some', async () => {
      const team = await tokyoTeam();
      await lastWeekWork(team);
      const other = await createClient(t.dataSource, team.workspace);
      const otherProject = await createProject(t.dataSource, team.workspace, other);
      await createTestTask(t.dataSource, otherProject, {
        status: 'done',
        dueDate: '2030-03-07',
        completedAt: new Date('2030-03-06T10:00:00+09:00'),
      });
      const portal = await addSignedInMember(t, team.workspace, 'founder', {
        clientIds: [other.id],
        signIn: false,
      });

      await t.app.get(WeeklyDigestJob).handle({
        workspaceId: team.workspace.id,
        userId: portal.user.id,
        weekStart: '2030-03-11',
      });

      const [email] = await emailsTo(t, portal.user.email);
      expect(email.text_body).toContain('• 1 tâche terminée (0 la semaine précédente)');
      expect(email.text_body).toMatch(
        /• 100\s%\sdans les délais \(1 sur 1 tâche terminée avec échéance\)/u,
      );
      expect(email.text_body).toContain('• 0 tâche en retard ce lundi');
    });

    it('is sent once a week, and not on other days', async () => {
      const team = await tokyoTeam();
      const { founder } = team.members;

      await scan(TUESDAY_AFTERNOON);
      await pause(200);
      expect(await emailsTo(t, founder.user.email)).toEqual([]);

      await scan(MONDAY_AFTERNOON);
      await waitFor(() => smtp.to(founder.user.email).length === 1, { what: 'the weekly digest' });
      await scan(MONDAY_AFTERNOON);
      const payload = {
        workspaceId: team.workspace.id,
        userId: founder.user.id,
        weekStart: '2030-03-11',
      };
      await t.app.get(WeeklyDigestJob).handle(payload);
      await t.app.get(WeeklyDigestJob).handle(payload);
      await pause(200);
      expect(smtp.to(founder.user.email)).toHaveLength(1);
      const [email] = await emailsTo(t, founder.user.email);
      // a quiet week reads well too
      expect(email.text_body).toContain(
        'Respect des échéances : rien à mesurer, aucune tâche terminée n’avait d’échéance',
      );
      expect(email.subject).toContain('0 tâche terminée / ');
    });
  });
});
