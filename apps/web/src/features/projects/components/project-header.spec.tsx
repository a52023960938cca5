import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import type { ProjectDetailResponse } from '../api/types';
import { ProjectHeader } from './project-header';

const project: ProjectDetailResponse = {
  id: 'p1',
  workspaceId: 'ws1',
  clientId: 'c1',
  clientName: 'Éclat',
  name: 'Coffrets cadeaux',
  description: '',
  ownerId: null,
  status: 'planned',
  startDate: null,
  dueDate: null,
  completedAt: null,
  archivedAt: null,
  memberIds: [],
  progress: { total: 0, done: 0 },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  sourceIdea: { id: 'i1', title: 'Vendre des coffrets' },
};

function renderHeader(overrides: Partial<ProjectDetailResponse> = {}) {
  renderWithProviders(
    <ProjectHeader
      workspaceId="ws1"
      project={{ ...project, ...overrides }}
      projectsPath="/w/ws1/projects"
      ideaPath={(ideaId) => `/w/ws1/ideas?idea=${ideaId}`}
      clients={[]}
      people={[]}
      canManage={false}
      onArchived={() => {}}
    />,
  );
}

describe('ProjectHeader', () => {
  it('links back to the idea the project came from', () => {
    renderHeader();
    const link = screen.getByRole('link', { name: 'From the idea “Vendre des coffrets”' });
    expect(link.getAttribute('href')).toBe('/w/ws1/ideas?idea=i1');
  });

  it('says nothing of an idea when the project came from none (or the role sees no ideas)', () => {
    renderHeader({ sourceIdea: null });
    expect(screen.getByRole('heading', { name: 'Coffrets cadeaux' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /idea/i })).toBeNull();
    expect(screen.queryByText(/From the idea/)).toBeNull();
  });

  it('speaks French too', async () => {
    await i18n.changeLanguage('fr');
    renderHeader();
    expect(
      screen.getByRole('link', { name: 'Issu de l’idée « Vendre des coffrets »' }),
    ).toBeTruthy();
  });
});
