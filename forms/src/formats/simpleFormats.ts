import { parseIsoDate } from '../chinaTime.js';

const MOBILE = /^1[3-9]\d{9}$/;

/** What is wrong with a mainland mobile number (11 digits, `1[3-9]…`), in Chinese, or undefined when it is valid. */
export function explainMobile(value: string): string | undefined {
  return MOBILE.test(value) ? undefined : '手机号码应为11位数字，以13至19开头';
}

/** What is wrong with a China date written `YYYY-MM-DD`, in Chinese, or undefined when it names a real day. */
export function explainCnDate(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return '日期格式应为 YYYY-MM-DD（例如 2026-11-21）';
  return parseIsoDate(value) ? undefined : `日期 ${value} 不存在`;
}
