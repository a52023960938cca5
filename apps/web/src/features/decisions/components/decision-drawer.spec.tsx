import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemberContext } from '@relais/domain';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { DecisionDetailResponse } from '../api/types';
import { DecisionDrawer } from './decision-drawer';

const proposal: DecisionDetailResponse = {
  id: 'd1',
  workspaceId: 'ws1',
  clientId: null,
  title: 'Move support to a ticketing tool',
  context: 'Emails get **lost**.',
  options: ['Zendesk', 'Help Scout'],
  domain: 'operations',
  status: 'proposed',
  proposedById: 'u-obm',
  decidedById: null,
  decidedAt: null,
  rationale: null,
  supersedesId: null,
  supersededById: null,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  links: [],
};

const member = (role: MemberContext['role'], userId = `u-${role}`): MemberContext => ({
  userId,
  role,
  owner: false,
  clientIds: [],
});

function setup(actor: MemberContext, handlers: Parameters<typeof createFetchMock>[0] = {}) {
  const mock = createFetchMock({
    'GET /api/workspaces/ws1/decisions/d1': { status: 200, body: proposal },
    ...handlers,
  });
  vi.stubGlobal('fetch', mock.fetch);
  renderWithProviders(
    <DecisionDrawer
      workspaceId="ws1"
      decisionId="d1"
      member={actor}
      hasActiveOpsDirector
      people={[
        { id: 'u-obm', name: 'Olivia' },
        { id: 'u-ops_director', name: 'Oscar' },
      ]}
      clients={[]}
      projects={[]}
      projectPath={(id) => `/p/${id}`}
      onOpenTask={() => {}}
      onOpenDecision={() => {}}
      onEdit={() => {}}
      onSupersede={() => {}}
      onClose={() => {}}
    />,
  );
  return mock;
}

describe('DecisionDrawer', () => {
  it('asks the ops director for a rationale before rejecting, then records it', async () => {
    const rejected: DecisionDetailResponse = {
      ...proposal,
      status: 'rejected',
      decidedById: 'u-ops_director',
      decidedAt: '2026-03-02T09:00:00Z',
      rationale: 'Too expensive',
    };
    const mock = setup(member('ops_director'), {
      'GET /api/workspaces/ws1/decisions/d1': [
        { status: 200, body: proposal },
        { status: 200, body: rejected },
      ],
      'POST /api/workspaces/ws1/decisions/d1/decide': { status: 200, body: rejected },
    });
    expect(await screen.findByText('lost')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(screen.getByText('Say why it is rejected')).toBeTruthy();
    expect(mock.calls()).not.toContain('POST /api/workspaces/ws1/decisions/d1/decide');

    fireEvent.change(screen.getByRole('textbox', { name: /rationale/i }), {
      target: { value: '  Too expensive ' },
    });
    expect(screen.queryByText('Say why it is rejected')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Reject “Move support to a ticketing tool”?',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm the rejection' }));

    await waitFor(() =>
      expect(mock.calls()).toContain('POST /api/workspaces/ws1/decisions/d1/decide'),
    );
    const request = mock.requests.find((r) => r.path.endsWith('/decide'));
    expect(request?.body).toEqual({ outcome: 'rejected', rationale: 'Too expensive' });
    expect(await screen.findByText('Rejected by Oscar on March 2, 2026')).toBeTruthy();
    expect(screen.getByText('Too expensive')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Decide' })).toBeNull();
  });

  it('does not offer the founder an operations decision while there is an ops director', async () => {
    setup(member('founder'));
    expect(
      await screen.findByText('The operations director decides operations decisions.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Decide' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reject' })).toBeNull();
    // the founder may still edit the proposal
    expect(screen.getByRole('button', { name: 'Edit the proposal' })).toBeTruthy();
  });

  it('offers a VA neither deciding, editing nor linking', async () => {
    setup(member('va'));
    expect(await screen.findByText('Zendesk')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Decide' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit the proposal' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link' })).toBeNull();
  });
});
