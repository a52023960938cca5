import type { ReactNode } from 'react';
import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { Logo } from '@/components/ui/logo';

interface AuthLayoutProps {
  pageTitle: string;
  title: string;
  subtitle: string;
  children: ReactNode;
}

export function AuthLayout({ pageTitle, title, subtitle, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-body)">
      <title>{`${pageTitle} · ${t('appName')}`}</title>
      <Group justify="space-between" p="md">
        <Logo />
        <LanguageSwitch />
      </Group>
      <Container size={440} component="main" py="xl">
        <Stack gap={4} mb="lg">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed">{subtitle}</Text>
        </Stack>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
