/** Fluent themes for Office's light and dark themes, with Chinese UI fonts first. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark';

/**
 * Kept out of sight but read by screen readers and still operable (a file input behind its button,
 * an announcement): one style for the pane and the preview.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

const CJK_FONTS =
  "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', -apple-system, BlinkMacSystemFont, sans-serif";

export const lightTheme: Theme = { ...webLightTheme, fontFamilyBase: CJK_FONTS };
export const darkTheme: Theme = { ...webDarkTheme, fontFamilyBase: CJK_FONTS };

export function fluentTheme(name: ThemeName): Theme {
  return name === 'dark' ? darkTheme : lightTheme;
}

/** Relative luminance of a #rrggbb colour, 0 (black) .. 1 (white); null when unparsable. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Office's theme as light/dark, from its body background colour; light when Office says nothing. */
export function themeFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined | null): ThemeName {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  return l !== null && l < 0.3 ? 'dark' : 'light';
}
