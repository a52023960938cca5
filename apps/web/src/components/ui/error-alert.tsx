import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';

interface ErrorAlertProps {
  error: unknown;
  /** Overrides the generic message, e.g. "incorrect email or password" for a 401 on sign-in. */
  message?: string;
  /** Further messages to list, e.g. server errors about fields the form does not show. */
  details?: string[];
}

/** A failed request, said in the user's words, with the request id support can look up. */
export function ErrorAlert({ error, message, details = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      <Text size="sm">{message ?? describeError(error, t)}</Text>
      {details.length > 0 ? (
        <List size="sm" mt={4}>
          {details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      ) : null}
      {requestId ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('errors.requestId', { requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
