import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardResponse } from '@relais/domain';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { Dashboard } from './dashboard';

const answer: DashboardResponse = {
  period: { from: '2026-03-25', to: '2026-04-08', timeZone: 'Europe/Paris' },
  tasksCompleted: 3,
  tasksOverdue: 1,
  onTimeRate: 0.5,
  projectsOnTimeRate: null,
  throughput: [
    { week: '2026-W13', completed: 1 },
    { week: '2026-W14', completed: 2 },
    { week: '2026-W15', completed: 0 },
  ],
  workload: [],
  hoursLogged: 5.5,
  billableHours: 4,
  hoursByWeek: [
    { weekStart: '2026-03-23', hours: 3.5, billableHours: 2 },
    { weekStart: '2026-03-30', hours: 2, billableHours: 2 },
    { weekStart: '2026-04-06', hours: 0, billableHours: 0 },
  ],
  budgetBurn: [],
  objectivesProgress: 0.5,
  objectives: [
    { objectiveId: 'o1', title: 'Croissance', progress: 0.75 },
    { objectiveId: 'o2', title: 'Sans mesure', progress: null },
  ],
  money: { revenueCents: 150_000, costCents: 50_000, marginCents: 100_000 },
};

function renderDashboard(canSeeMoney: boolean) {
  const mock = createFetchMock({
    'GET /api/workspaces/ws1/dashboard': () => ({
      status: 200,
      // as the API does: no money for a role that may not see it
      body: canSeeMoney ? answer : { ...answer, money: undefined },
    }),
  });
  vi.stubGlobal('fetch', mock.fetch);
  renderWithProviders(
    <Dashboard
      workspaceId="ws1"
      personal={false}
      canSeeMoney={canSeeMoney}
      clients={[
        { id: 'c1', name: 'Éclat' },
        { id: 'c2', name: 'Atelier' },
      ]}
    />,
  );
  return mock;
}

describe('the dashboard', () => {
  it('shows hours per week of the API, from each Monday, and each objective', async () => {
    renderDashboard(true);

    const hours = await screen.findByRole('table', { name: 'Hours by week' });
    const rows = within(hours).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Mar 232 h1.5 h',
      'Mar 302 h0 h',
      'Apr 60 h0 h',
    ]);
    const objectives = screen.getByRole('list', { name: 'Objective progress' });
    expect(within(objectives).getByRole('progressbar', { name: 'Croissance: 75%' })).toBeTruthy();
    expect(within(objectives).getByText('no key result')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Margin' }).textContent).toContain('1,000');
  });

  it('gives a role without money the same figures, without revenue, cost or margin', async () => {
    renderDashboard(false);
    expect(await screen.findByRole('table', { name: 'Hours by week' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Hours logged' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Revenue' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Margin' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/€/);
  });

  it('asks the API again for the client picked', async () => {
    const mock = renderDashboard(true);
    await screen.findByRole('table', { name: 'Hours by week' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Client' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Atelier' }));
    await waitFor(() => expect(mock.requests.some((r) => r.query.clientId === 'c2')).toBe(true));
  });
});
