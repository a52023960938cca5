import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { theme } from '@/app/theme';
import { i18n } from '@/i18n';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

interface Options {
  route?: string;
  queryClient?: QueryClient;
}

/** Renders with the app's providers (Mantine in test mode: no transitions, no portals). */
export function renderWithProviders(ui: ReactElement, { route = '/', queryClient }: Options = {}) {
  const client = queryClient ?? createTestQueryClient();
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env="test">
          <QueryClientProvider client={client}>
            <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
          </QueryClientProvider>
        </MantineProvider>
      </I18nextProvider>
    );
  }
  return { queryClient: client, ...render(ui, { wrapper: Wrapper }) };
}
