import {
  createTheme,
  darken,
  Drawer,
  mergeThemeOverrides,
  Modal,
  Notification,
  Table,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // shade 7 keeps white labels on filled buttons and links above WCAG AA contrast (4.5:1)
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // a table wider than the screen scrolls sideways: keyboard users must be able to scroll it too
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

/**
 * The theme with the labels Mantine leaves empty, in the interface language: the close buttons
 * of dialogs, drawers and notifications would otherwise have no accessible name.
 */
export function localizedTheme(labels: { close: string }): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': labels.close };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}

/**
 * AA contrast (4.5:1) in the light scheme, where Mantine's defaults fall short:
 * - the dimmed grey on white: a darker grey still reads as secondary;
 * - links on a hovered table row (grey 1): one shade darker;
 * - "light" variants (badges, avatars, the active nav link): shade 9 on its shade 1 tint (or
 *   shade 2 when hovered) is under 4.5:1 for green, yellow, orange, lime, teal and the indigo
 *   hover; their text is shade 9 darkened by 30%, still the same hue;
 * - placeholders (grey 5, 2.1:1): the date pickers draw theirs as text ("No due date"), so it
 *   must be readable; grey 6 darkened by 20% stays lighter than a value.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': darken(resolved.colors.gray[6], 0.2),
    '--mantine-color-anchor': `var(--mantine-color-${resolved.primaryColor}-8)`,
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.3),
      ]),
    ),
  },
  dark: {},
});
