import { ApiError } from '../../http/apiError.js';

/** The longest item name kept for lists. */
const MAX_NAME = 200;

/**
 * Checks a draft's content before it is stored: its `code`, when written, is the item's code. (Its
 * depth, size and string lengths are bounded by the request validation's data limits.)
 */
export function checkDraftContent(code: string, item: Readonly<Record<string, unknown>>): void {
  if (item['code'] === undefined || item['code'] === code) return;
  throw new ApiError(
    400,
    'DRAFT_CODE_MISMATCH',
    `草稿的实施编码「${String(item['code'])}」与地址中的「${code}」不一致`,
    {
      code,
      itemCode: item['code'],
    },
  );
}

/** The name a list shows for a draft: its item name, else its code. */
export function draftName(code: string, item: Readonly<Record<string, unknown>>): string {
  const name = typeof item['name'] === 'string' ? item['name'].trim() : '';
  return (name || code).slice(0, MAX_NAME);
}
