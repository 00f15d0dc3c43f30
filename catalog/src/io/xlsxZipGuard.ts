import { inflateRawSync } from 'node:zlib';

/** Why a file is not accepted as an xlsx package before exceljs sees it. */
export interface ZipRefusal {
  readonly code:
    | 'XLSX_NOT_ZIP'
    | 'XLSX_LEGACY_XLS'
    | 'XLSX_UNSUPPORTED_ZIP'
    | 'XLSX_TOO_LARGE_UNCOMPRESSED'
    | 'XLSX_DEFINED_NAMES_TOO_LARGE';
  readonly message: string;
}

/**
 * Most cells all defined names of the workbook may cover together: exceljs visits every cell of a
 * defined name's range while loading, so a name over A1:XFD1048576 would never finish.
 */
const MAX_DEFINED_NAME_CELLS = 1_000_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

/**
 * Checks an xlsx package (a zip) before parsing: that it is a zip at all (an old .xls is named as
 * such), that it uses only stored or deflated entries, and that all entries together inflate to at
 * most `maxUncompressedBytes` — measured by actually inflating with a hard output cap, so a zip bomb
 * with lying headers is caught in bounded time and memory. It also refuses defined names covering
 * more than a million cells, which exceljs would walk cell by cell.
 */
export function checkXlsxPackage(bytes: Uint8Array, maxUncompressedBytes: number): ZipRefusal | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 8 && view.getUint32(0, false) === 0xd0cf11e0) {
    return { code: 'XLSX_LEGACY_XLS', message: '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入' };
  }
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return notZip();
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return notZip();
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) {
    return { code: 'XLSX_UNSUPPORTED_ZIP', message: '文件使用了 ZIP64 格式，超出导入支持的大小' };
  }
  if (entries > MAX_ENTRIES) return { code: 'XLSX_UNSUPPORTED_ZIP', message: `压缩包内文件数 ${entries} 过多` };
  let budget = maxUncompressedBytes;
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return notZip();
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (declaredSize > budget) return tooLarge(maxUncompressedBytes);
    const data = entryData(bytes, view, localOffset, compressedSize);
    if (!data) return notZip();
    let content: Uint8Array;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(maxUncompressedBytes);
        return notZip();
      }
    } else return { code: 'XLSX_UNSUPPORTED_ZIP', message: `压缩包使用了不支持的压缩方式（${method}）` };
    budget -= content.length;
    if (budget < 0) return tooLarge(maxUncompressedBytes);
    if (name === 'xl/workbook.xml' && definedNameCells(new TextDecoder().decode(content)) > MAX_DEFINED_NAME_CELLS) {
      return {
        code: 'XLSX_DEFINED_NAMES_TOO_LARGE',
        message: '文件中的“名称”（名称管理器）覆盖的单元格过多，已拒绝；请删除这些名称后再导入',
      };
    }
  }
  return undefined;
}

/** The number of cells the workbook's defined names cover together (counting every range reference). */
export function definedNameCells(workbookXml: string): number {
  let total = 0;
  for (const [, body] of workbookXml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)) {
    for (const ref of (body ?? '').matchAll(/\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?/g)) {
      const [, c1 = 'A', r1 = '1', c2, r2] = ref;
      const cols = c2 === undefined ? 1 : Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
      const rows = r2 === undefined ? 1 : Math.abs(Number(r2) - Number(r1)) + 1;
      total += cols * rows;
    }
  }
  return total;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function entryData(bytes: Uint8Array, view: DataView, offset: number, size: number): Uint8Array | undefined {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL) return undefined;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + size > bytes.length) return undefined;
  return bytes.subarray(start, start + size);
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return undefined;
}

function notZip(): ZipRefusal {
  return { code: 'XLSX_NOT_ZIP', message: '文件不是有效的 Excel（.xlsx）文件' };
}

function tooLarge(limit: number): ZipRefusal {
  return {
    code: 'XLSX_TOO_LARGE_UNCOMPRESSED',
    message: `文件解压后超过 ${Math.round(limit / 1024 / 1024)} MB，已拒绝（可能是压缩炸弹）`,
  };
}
