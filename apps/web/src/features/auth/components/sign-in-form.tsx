import { useState } from 'react';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { isApiError } from '@/lib/api-client';
import { email, password } from '@/lib/validation';
import { useLogin } from '../api/login';
import { DemoUsers } from './demo-users';

/** Sign-in; on success the session is published and the route guard takes the user on. */
export function SignInForm() {
  const { t } = useTranslation('auth');
  // keep `?redirectTo=` when switching between sign-in and sign-up (an invitation link)
  const { search } = useLocation();
  const login = useLogin();
  const [formError, setFormError] = useState<FormError | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    // every account was created under the same 8-128 rule, so a shorter or longer entry
    // cannot be right: say so before asking the server
    validators: { email, password },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    login.mutate(values, {
      onError: (error) => setFormError(form.absorbServerError(error)),
    });
  });

  const errorMessage =
    isApiError(formError?.error) && formError.error.status === 401
      ? t('signIn.invalidCredentials')
      : undefined;

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label={t('signIn.pageTitle')}>
        <Stack gap="md">
          {formError ? (
            <ErrorAlert
              error={formError.error}
              message={errorMessage}
              details={formError.details}
            />
          ) : null}
          <TextInput
            label={t('fields.email')}
            placeholder={t('fields.emailPlaceholder')}
            type="email"
            autoComplete="username"
            inputMode="email"
            withAsterisk
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to={paths.signUp + search}>
          {t('signIn.toSignUp')}
        </Anchor>
      </Text>
      <DemoUsers
        onPick={(user) => {
          form.setValues({ email: user.email, password: user.password });
          setFormError(null);
        }}
      />
    </Stack>
  );
}
