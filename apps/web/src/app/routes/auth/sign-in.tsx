import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { SignInForm } from '@/features/auth/components/sign-in-form';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  return (
    <AuthLayout
      pageTitle={t('signIn.pageTitle')}
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
    >
      <SignInForm />
    </AuthLayout>
  );
}
