/**
 * Messages of the WPS 表格 host (issue 12). Spread into MESSAGES in messages.ts; Chinese first,
 * English beside it.
 */

type Params = Record<string, string | number>;

interface Entry {
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

export const WPS_MESSAGES = {
  WPS_NO_WORKBOOK: {
    zh: () => '未找到 WPS 表格的工作簿，请在 WPS 表格中打开一个工作簿后重试',
    en: () => 'No WPS Spreadsheets workbook found: open a workbook in WPS 表格 and try again',
  },
  WPS_NO_CUSTOM_FUNCTIONS: {
    zh: () => '此版本的 WPS 不支持加载项自定义函数（需 12.1.0.20540 或更新版本），=PERF.… 公式无法计算；可在任务窗格中用“计算并写入值”，或升级 WPS',
    en: () => 'This WPS is older than 12.1.0.20540 and cannot run add-in functions, so =PERF.… formulas do not calculate; use the pane\'s "calculate and write values", or update WPS',
  },
} satisfies Record<string, Entry>;
