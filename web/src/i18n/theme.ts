import type { ThemeConfig } from 'antd';

/**
 * Ant Design's default blue (#1677ff) and its 45 % grey for secondary text fall below the WCAG AA contrast
 * ratio of 4.5:1 on white; these tokens keep links, secondary text and buttons above it.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    // Select placeholders are real text elements (not ::placeholder), so they must meet the ratio too.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorSuccess: '#2e7d32',
    colorWarning: '#b25e00',
    colorError: '#c62828',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
    borderRadius: 6,
  },
};
