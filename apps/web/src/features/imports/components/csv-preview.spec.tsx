import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { CsvPreview } from './csv-preview';

describe('CsvPreview', () => {
  it('shows the first rows with the line each starts on, and marks the mapped columns', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`Task ${i + 1}`, 'x']);
    renderWithProviders(
      <CsvPreview
        table={{ columns: ['Name', ''], rows, lines: [2, 3, 5, 6, 7, 8, 9] }}
        mapping={{ title: 'Name' }}
      />,
    );
    const table = screen.getByRole('table', { name: 'The first 5 of 7 rows of the file' });
    const [header, ...body] = within(table).getAllByRole('row');
    expect(within(header).getByRole('columnheader', { name: /Name.*Title/ })).toBeTruthy();
    // an unnamed column is named by its place, and feeds nothing
    expect(within(header).getByRole('columnheader', { name: 'Column 2' })).toBeTruthy();
    expect(body.map((row) => row.textContent)).toEqual([
      '2Task 1x',
      '3Task 2x',
      '5Task 3x',
      '6Task 4x',
      '7Task 5x',
    ]);
  });
});
