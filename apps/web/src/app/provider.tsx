import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/spotlight/styles.css';
import 'dayjs/locale/fr';
import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SessionProvider } from '@/features/auth/components/session-provider';
import { i18n } from '@/i18n';
import { queryClient as defaultQueryClient } from '@/lib/query-client';
import { cssVariablesResolver, localizedTheme } from './theme';

interface AppProviderProps {
  children: ReactNode;
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient = defaultQueryClient }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantine>
        <Notifications position="top-right" />
        <LocalizedDates>
          <QueryClientProvider client={queryClient}>
            <SessionProvider>{children}</SessionProvider>
          </QueryClientProvider>
        </LocalizedDates>
      </LocalizedMantine>
    </I18nextProvider>
  );
}

/** Mantine with the theme's built-in labels (close buttons) in the interface language. */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const close = t('actions.close');
  const theme = useMemo(() => localizedTheme({ close }), [close]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      {children}
    </MantineProvider>
  );
}

/** Date pickers in the interface language; weeks start on Monday (ISO, as in France). */
function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return (
    <DatesProvider settings={{ locale: language === 'fr' ? 'fr' : 'en', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}
