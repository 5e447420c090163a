import type { Theme } from '@fluentui/react-components';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ThemeHint } from '../../office';

/**
 * The Fluent theme that matches Outlook's: forced colours (Windows high contrast) win, then the Office theme's
 * body colour, then the browser's preference.
 */
export function pickTheme(hint: ThemeHint, media: { forcedColors: boolean; prefersDark: boolean }): Theme {
  if (hint === 'high-contrast' || media.forcedColors) return teamsHighContrastTheme;
  if (hint === 'dark') return webDarkTheme;
  if (hint === 'light') return webLightTheme;
  return media.prefersDark ? webDarkTheme : webLightTheme;
}

/** Reads the two media queries that matter (absent in old hosts: treated as false). */
export function readMedia(win: Pick<Window, 'matchMedia'> | undefined): { forcedColors: boolean; prefersDark: boolean } {
  const query = (q: string): boolean => {
    try {
      return win?.matchMedia?.(q).matches ?? false;
    } catch {
      return false;
    }
  };
  return { forcedColors: query('(forced-colors: active)'), prefersDark: query('(prefers-color-scheme: dark)') };
}
