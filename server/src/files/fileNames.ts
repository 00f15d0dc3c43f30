import { ApiError } from '../http/apiError.js';
import { MATERIAL_TYPES, type MaterialMediaType } from './materialTypes.js';

/** Longest stem kept, in characters (the extension comes on top). */
const MAX_STEM = 100;
/** The stem used when a name has nothing usable left. */
const DEFAULT_STEM = '材料';
/** C0 and C1 controls (NUL included) and the invisible format characters used to disguise names (RLO …). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** Characters Windows refuses in file names (the separators are handled before). */
const RESERVED = /[<>:"|?*]/gu;
/** Device names Windows gives a meaning whatever the extension. */
const DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
const EXTENSION = /\.[A-Za-z0-9]{1,8}$/u;

/**
 * The client's file name made safe to show and to offer back in `Content-Disposition`. It is metadata
 * only and never becomes a path; still, any directory part (`../`, `/etc/`, `C:\Users\`) is dropped,
 * Windows-reserved characters become `_`, dots and blanks at either end go, the stem is cut to 100
 * characters, and the extension is the one the content really has (`scan.pdf` holding a PNG becomes
 * `scan.png`). Names with control characters (NUL, line breaks, RLO) are refused with 400.
 */
export function sanitizeFileName(raw: string | undefined, mediaType: MaterialMediaType): string {
  const name = (raw ?? '').normalize('NFC');
  if (FORBIDDEN.test(name)) {
    throw new ApiError(400, 'FILE_NAME_INVALID', '文件名含有控制字符或不可见字符，请重命名后再上传', {
      name: JSON.stringify(name).slice(0, 300),
    });
  }
  const base = (name.split(/[/\\]/u).at(-1) ?? '').trim();
  const extension = EXTENSION.exec(base)?.[0] ?? '';
  const stem = tidy(extension === '' ? base : base.slice(0, -extension.length));
  const allowed: readonly string[] = MATERIAL_TYPES[mediaType].extensions;
  const kept = allowed.includes(extension.toLowerCase()) ? extension.toLowerCase() : (allowed[0] ?? '');
  return `${stem === '' || DEVICES.test(stem) ? DEFAULT_STEM : stem}${kept}`;
}

function tidy(stem: string): string {
  const cleaned = stem.replace(RESERVED, '_').replace(/^[\s.]+|[\s.]+$/gu, '');
  return Array.from(cleaned)
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[\s.]+$/u, '');
}
