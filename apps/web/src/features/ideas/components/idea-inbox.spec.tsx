import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '@/config/paths';
import { i18n } from '@/i18n';
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
  route = '/w/ws1/ideas',
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
    { route },
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

  describe('opened on one idea (?idea=)', () => {
    const ideas = [
      idea('i1', { title: 'Podcast' }),
      idea('i2', {
        title: 'Gift boxes',
        status: 'accepted',
        triagedById: 'u-obm',
        projectId: 'p1',
      }),
      idea('i3', { title: 'Newsletter', status: 'accepted' }),
    ];

    it('switches to the idea’s tab, sets it apart and moves the focus to it', async () => {
      setup('obm', ideas, {}, paths.workspace.idea('ws1', 'i2'));
      const card = await screen.findByRole('article', { name: 'Gift boxes' });
      expect(screen.getByRole('tab', { name: /Accepted/ }).getAttribute('aria-selected')).toBe(
        'true',
      );
      expect(card.getAttribute('aria-current')).toBe('true');
      await waitFor(() => expect(document.activeElement).toBe(card));
      // the other idea of the tab is listed as usual, the inbox's is not
      const other = screen.getByRole('article', { name: 'Newsletter' });
      expect(other.getAttribute('aria-current')).toBeNull();
      expect(screen.queryByRole('article', { name: 'Podcast' })).toBeNull();
    });

    it('leaves it for a tab picked by hand', async () => {
      setup('obm', ideas, {}, paths.workspace.idea('ws1', 'i2'));
      await screen.findByRole('article', { name: 'Gift boxes' });
      fireEvent.click(screen.getByRole('tab', { name: /Inbox/ }));
      expect(await screen.findByRole('article', { name: 'Podcast' })).toBeTruthy();
      fireEvent.click(screen.getByRole('tab', { name: /Accepted/ }));
      const card = await screen.findByRole('article', { name: 'Gift boxes' });
      expect(card.getAttribute('aria-current')).toBeNull();
    });

    it('says so, in French too, when the idea is gone or not shared', async () => {
      await i18n.changeLanguage('fr');
      setup('obm', ideas, {}, paths.workspace.idea('ws1', 'gone'));
      expect(
        await screen.findByText('Cette idée n’existe plus ou ne vous est pas partagée.'),
      ).toBeTruthy();
      expect(screen.getByRole('tab', { name: /À trier/ }).getAttribute('aria-selected')).toBe(
        'true',
      );
      expect(screen.getByRole('article', { name: 'Podcast' })).toBeTruthy();
    });
  });
});
