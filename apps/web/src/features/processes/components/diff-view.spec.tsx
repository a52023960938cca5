import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiffLine } from '@relais/domain';
import { i18n } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { DiffView } from './diff-view';

const lines: DiffLine[] = [
  ...Array.from({ length: 8 }, (_, i): DiffLine => ({ type: 'same', text: `Step ${i + 1}` })),
  { type: 'removed', text: 'Send with the <old> tool' },
  { type: 'added', text: 'Send with the new tool' },
  { type: 'added', text: 'Check the stats' },
];

describe('DiffView', () => {
  it('marks added and removed lines with a sign, a colour cue and words for screen readers', () => {
    renderWithProviders(<DiffView lines={lines} from={2} to={3} />);
    const list = screen.getByRole('list', { name: 'Changes from version 2 to version 3' });
    const items = within(list).getAllByRole('listitem');
    const removedLine = items.find((item) => item.textContent?.includes('<old>'));
    expect(removedLine?.getAttribute('data-type')).toBe('removed');
    expect(removedLine?.textContent).toContain('−');
    expect(removedLine?.textContent).toContain('Removed: Send with the <old> tool');
    expect(removedLine?.querySelector('del')).not.toBeNull();
    const addedLine = items.find((item) => item.textContent?.includes('Check the stats'));
    expect(addedLine?.getAttribute('data-type')).toBe('added');
    expect(addedLine?.textContent).toContain('+');
    expect(addedLine?.textContent).toContain('Added: Check the stats');
    expect(addedLine?.querySelector('ins')).not.toBeNull();
    // the signs are visual only: screen readers hear "Added" / "Removed"
    expect(addedLine?.querySelector('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByText('+2 lines added')).toBeTruthy();
    expect(screen.getByText('−1 line removed')).toBeTruthy();
  });

  it('folds unchanged lines far from the changes and opens them on demand', () => {
    renderWithProviders(<DiffView lines={lines} from={2} to={3} />);
    expect(screen.queryByText('Step 1')).toBeNull();
    expect(screen.getByText('Step 8')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 unchanged lines' }));
    expect(screen.getByText('Step 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /unchanged/ })).toBeNull();
  });

  it('says when two versions have the same steps', () => {
    renderWithProviders(<DiffView lines={[{ type: 'same', text: 'a' }]} from={1} to={2} />);
    expect(screen.getByText('The steps are the same in versions 1 and 2.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('speaks French too', async () => {
    await i18n.changeLanguage('fr');
    renderWithProviders(<DiffView lines={lines} from={2} to={3} />);
    const list = screen.getByRole('list', { name: 'Changements de la version 2 à la version 3' });
    expect(list.textContent).toContain('Ajouté : Check the stats');
    expect(screen.getByText('+2 lignes ajoutées')).toBeTruthy();
  });
});
