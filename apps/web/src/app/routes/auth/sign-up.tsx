import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export function SignUpRoute() {
  const { t } = useTranslation('auth');
  return (
    <AuthLayout
      pageTitle={t('signUp.pageTitle')}
      title={t('signUp.title')}
      subtitle={t('signUp.subtitle')}
    >
      <SignUpForm />
    </AuthLayout>
  );
}
