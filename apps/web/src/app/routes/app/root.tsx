import { Outlet } from 'react-router';
import { AppLayout } from '../../layouts/app-layout';
import { AppTaskExtensions } from '../../task-extensions';

export function AppRoot() {
  return (
    <AppLayout>
      <AppTaskExtensions>
        <Outlet />
      </AppTaskExtensions>
    </AppLayout>
  );
}
