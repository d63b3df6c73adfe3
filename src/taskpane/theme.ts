import { webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Fluent's light theme with Chinese fonts named, so Chinese text gets a sans-serif face (微软雅黑,
 * 苹方, 文泉驿) instead of whatever the system falls back to after Segoe UI, often a serif 宋体.
 */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', " +
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', -apple-system, BlinkMacSystemFont, " +
    "Roboto, 'Helvetica Neue', sans-serif",
};
