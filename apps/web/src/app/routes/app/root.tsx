import { Outlet } from 'react-router';
import { AppLayout } from '../../layouts/app-layout';

export function AppRoot() {
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}
