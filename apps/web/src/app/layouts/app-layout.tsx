import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { AppShell, Badge, Box, Burger, Group, Menu, NavLink, ScrollArea } from '@mantine/core';
import { IconBellCog, IconPlus } from '@tabler/icons-react';
import { Link, useLocation, useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { Logo } from '@/components/ui/logo';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useAuthenticatedSession } from '@/features/auth/hooks/use-session';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { HeaderTimer } from '@/features/time/components/header-timer';
import { WorkspaceSwitcher } from '@/features/workspaces/components/workspace-switcher';
import { CurrentMembershipContext, ViewerContext, type Viewer } from '@/lib/authorization';
import { rememberWorkspace, resolveCurrentMembership } from '../current-workspace';
import { landingPath } from '../landing';
import { navItemsFor } from '../navigation';
import { CommandPalette } from './command-palette';
import classes from './app-layout.module.css';

/** The signed-in frame: header with workspace, language and account; navbar per role. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['shell', 'common']);
  const { user, memberships } = useAuthenticatedSession();
  const viewer = useMemo<Viewer>(() => ({ userId: user.id, memberships }), [user.id, memberships]);
  const navigate = useNavigate();
  const location = useLocation();
  const workspaceMatch = useMatch('/w/:workspaceId/*');
  const workspaceIdInUrl = workspaceMatch?.params.workspaceId;
  const current = resolveCurrentMembership(memberships, workspaceIdInUrl);
  const hasWorkspace = memberships.length > 0;
  const [navOpened, setNavOpened] = useState(false);

  useEffect(() => {
    if (current && current.workspaceId === workspaceIdInUrl) rememberWorkspace(current.workspaceId);
  }, [current, workspaceIdInUrl]);

  // on small screens the navbar is a drawer: close it once the user went somewhere
  useEffect(() => {
    setNavOpened(false);
  }, [location.pathname]);

  const items = current ? navItemsFor(current) : [];

  return (
    <ViewerContext.Provider value={viewer}>
      <CurrentMembershipContext.Provider value={current}>
        <a href="#main" className={classes.skipLink}>
          {t('skipToContent')}
        </a>
        <AppShell
          header={{ height: 60 }}
          navbar={{
            width: 240,
            breakpoint: 'sm',
            collapsed: { mobile: !navOpened, desktop: !hasWorkspace },
          }}
          padding="lg"
        >
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              <Group gap="md" wrap="nowrap">
                {hasWorkspace ? (
                  <Burger
                    opened={navOpened}
                    onClick={() => setNavOpened((opened) => !opened)}
                    hiddenFrom="sm"
                    size="sm"
                    aria-label={t('toggleNavigation')}
                    aria-expanded={navOpened}
                  />
                ) : null}
                <Box visibleFrom="xs">
                  <Link
                    to={paths.home}
                    aria-label={t('common:appName')}
                    style={{ color: 'inherit', textDecoration: 'none' }}
                  >
                    <Logo />
                  </Link>
                </Box>
                {hasWorkspace ? (
                  <WorkspaceSwitcher
                    memberships={memberships}
                    value={current?.workspaceId ?? null}
                    onChange={(membership) => {
                      rememberWorkspace(membership.workspaceId);
                      navigate(landingPath(membership));
                    }}
                  />
                ) : null}
                {current ? (
                  <Badge variant="light" visibleFrom="md">
                    {t(`common:roles.${current.role}`)}
                  </Badge>
                ) : null}
              </Group>
              <Group gap="xs" wrap="nowrap">
                {hasWorkspace ? <HeaderTimer /> : null}
                {hasWorkspace ? <CommandPalette current={current} /> : null}
                <NotificationBell settingsPath={paths.notificationSettings} />
                <LanguageSwitch />
                <UserMenu>
                  <Menu.Item
                    component={Link}
                    to={paths.welcome}
                    leftSection={<IconPlus size={16} aria-hidden />}
                  >
                    {t('workspaceSwitcher.newWorkspace')}
                  </Menu.Item>
                  <Menu.Item
                    component={Link}
                    to={paths.notificationSettings}
                    leftSection={<IconBellCog size={16} aria-hidden />}
                  >
                    {t('userMenu.notificationSettings')}
                  </Menu.Item>
                </UserMenu>
              </Group>
            </Group>
          </AppShell.Header>

          {hasWorkspace ? (
            <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
              <AppShell.Section grow component={ScrollArea}>
                {items.map((item) => {
                  const to = current ? item.to(current.workspaceId) : paths.home;
                  const active = location.pathname === to || location.pathname.startsWith(`${to}/`);
                  return (
                    <NavLink
                      key={item.key}
                      component={Link}
                      to={to}
                      label={t(`nav.${item.key}`)}
                      leftSection={<item.icon size={18} stroke={1.6} />}
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      variant="light"
                    />
                  );
                })}
              </AppShell.Section>
            </AppShell.Navbar>
          ) : null}

          <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
            {children}
          </AppShell.Main>
        </AppShell>
      </CurrentMembershipContext.Provider>
    </ViewerContext.Provider>
  );
}
