import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { IdeaResponse } from '../api/types';
import { IdeaInbox } from './idea-inbox';

const idea = (id: string, fields: Partial<IdeaResponse> = {}): IdeaResponse => ({
  id,
  workspaceId: 'ws1',
  title: id,
  notes: '',
  authorId: 'u-founder',
  status: 'inbox',
  triageNote: null,
  triagedById: null,
  triagedAt: null,
  projectId: null,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  ...fields,
});

function setup(
  role: 'founder' | 'obm',
  ideas: IdeaResponse[],
  handlers: Parameters<typeof createFetchMock>[0] = {},
) {
  const mock = createFetchMock({
    'GET /api/workspaces/ws1/ideas': { status: 200, body: { items: ideas, nextCursor: null } },
    ...handlers,
  });
  vi.stubGlobal('fetch', mock.fetch);
  const onConverted = vi.fn();
  renderWithProviders(
    <IdeaInbox
      workspaceId="ws1"
      userId={role === 'founder' ? 'u-founder' : 'u-obm'}
      canCreate={role === 'founder'}
      canTriage
      canConvert
      people={[{ id: 'u-founder', name: 'Fanny' }]}
      clients={[{ id: 'c1', name: 'Éclat' }]}
      assignees={[{ id: 'u-va', name: 'Vera', clientIds: [] }]}
      projectPath={(id) => `/p/${id}`}
      onConverted={onConverted}
    />,
  );
  return { mock, onConverted };
}

describe('IdeaInbox', () => {
  it('drops an idea with a title and Enter, and keeps the field ready for the next one', async () => {
    const { mock } = setup('founder', [], {
      'POST /api/workspaces/ws1/ideas': { status: 201, body: idea('Launch a podcast') },
    });
    expect(await screen.findByText('The inbox is empty')).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'New idea' });
    fireEvent.change(field, { target: { value: ' Launch a podcast ' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Drop an idea' }));

    expect(await screen.findByRole('article', { name: 'Launch a podcast' })).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(mock.calls()).toContain('POST /api/workspaces/ws1/ideas'));
    expect(mock.requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Launch a podcast',
    });
  });

  it('asks for a word before declining', async () => {
    const { mock } = setup('obm', [idea('Podcast')], {
      'POST /api/workspaces/ws1/ideas/Podcast/triage': {
        status: 200,
        body: idea('Podcast', { status: 'declined', triageNote: 'Not now', triagedById: 'u-obm' }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Decline “Podcast”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the idea' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline the idea' }));
    expect(within(dialog).getByText('Say why in a word')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'Not now' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline the idea' }));
    await waitFor(() =>
      expect(mock.requests.find((r) => r.path.endsWith('/triage'))?.body).toEqual({
        outcome: 'declined',
        note: 'Not now',
      }),
    );
  });

  it('turns an idea into a project with its first task and hands the project over', async () => {
    const { mock, onConverted } = setup('obm', [idea('Podcast')], {
      'POST /api/workspaces/ws1/ideas/Podcast/convert': {
        status: 201,
        body: {
          idea: idea('Podcast', { status: 'accepted', projectId: 'p1' }),
          project: { id: 'p1', clientId: 'c1', name: 'Podcast', status: 'planned' },
          tasks: [],
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Turn into a project: “Podcast”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn the idea into a project' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Task 1' }), {
      target: { value: 'Pick a name' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the project' }));
    await waitFor(() => expect(onConverted).toHaveBeenCalled());
    expect(mock.requests.find((r) => r.path.endsWith('/convert'))?.body).toEqual({
      clientId: 'c1',
      projectName: 'Podcast',
      tasks: [{ title: 'Pick a name' }],
    });
  });
});
