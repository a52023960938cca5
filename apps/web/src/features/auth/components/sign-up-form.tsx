import { useState } from 'react';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@relais/domain';
import { paths } from '@/config/paths';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { isApiError } from '@/lib/api-client';
import { all, email, maxLength, password, required } from '@/lib/validation';
import { useRegister } from '../api/register';

const NAME_MAX_LENGTH = 120;
const EMAIL_MAX_LENGTH = 254;

export function SignUpForm() {
  const { t } = useTranslation('auth');
  // keep `?redirectTo=` when switching between sign-in and sign-up (an invitation link)
  const { search } = useLocation();
  const register = useRegister();
  const [formError, setFormError] = useState<FormError | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validators: {
      name: all(required, maxLength(NAME_MAX_LENGTH)),
      email: all(email, maxLength(EMAIL_MAX_LENGTH)),
      password,
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    register.mutate(values, {
      onError: (error) => setFormError(form.absorbServerError(error)),
    });
  });

  const errorMessage =
    isApiError(formError?.error) && formError.error.status === 409
      ? t('signUp.emailTaken')
      : undefined;

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label={t('signUp.pageTitle')}>
        <Stack gap="md">
          {formError ? (
            <ErrorAlert
              error={formError.error}
              message={errorMessage}
              details={formError.details}
            />
          ) : null}
          <TextInput
            label={t('fields.name')}
            placeholder={t('fields.namePlaceholder')}
            autoComplete="name"
            withAsterisk
            autoFocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('fields.email')}
            placeholder={t('fields.emailPlaceholder')}
            type="email"
            autoComplete="email"
            inputMode="email"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHint', {
              min: PASSWORD_MIN_LENGTH,
              max: PASSWORD_MAX_LENGTH,
            })}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={register.isPending} fullWidth>
            {t('signUp.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        {t('signUp.haveAccount')}{' '}
        <Anchor component={Link} to={paths.signIn + search}>
          {t('signUp.toSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
