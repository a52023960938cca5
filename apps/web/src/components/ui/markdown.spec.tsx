import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { Markdown } from './markdown';

describe('Markdown', () => {
  it('renders headings under the page heading, lists, checkboxes and emphasis', () => {
    renderWithProviders(
      <Markdown
        source={'# Publish\n\n1. **Write** the *draft*\n2. Send\n\n- [x] Proofread\n- [ ] Schedule'}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Publish' })).toBeTruthy();
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(screen.getByText('Write').tagName).toBe('STRONG');
    expect(screen.getByText('draft').tagName).toBe('EM');
    const proofread = screen.getByRole('checkbox', { name: 'Proofread' }) as HTMLInputElement;
    expect(proofread.checked).toBe(true);
    expect(proofread.disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Schedule' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('shows HTML as text and never creates elements from it', () => {
    const { container } = renderWithProviders(
      <Markdown
        source={
          '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n- <b>bold?</b> & "quotes"\n\n## <i>title</i>'
        }
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('i')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror="alert(2)">')).toBeTruthy();
    expect(screen.getByText('<b>bold?</b> & "quotes"')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '<i>title</i>' })).toBeTruthy();
  });

  it('links only to safe addresses, in a new tab without handing over the page', () => {
    renderWithProviders(
      <Markdown source={'[Guide](https://relais.app/guide) and [trap](javascript:alert(1))'} />,
    );
    const link = screen.getByRole('link', { name: 'Guide' });
    expect(link.getAttribute('href')).toBe('https://relais.app/guide');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'trap' })).toBeNull();
    expect(screen.getByText(/trap/)).toBeTruthy();
  });

  it('keeps an attribute-looking link text inert', () => {
    const { container } = renderWithProviders(
      <Markdown source={'[x" onmouseover="alert(1)](https://example.com/a"b)'} />,
    );
    for (const anchor of container.querySelectorAll('a')) {
      expect(anchor.getAttribute('onmouseover')).toBeNull();
    }
  });
});
