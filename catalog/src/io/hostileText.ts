/**
 * Text that must not travel through a catalog file: scripts anywhere, and (in spreadsheets) text that
 * a spreadsheet program could turn into a formula when someone opens or edits the cell.
 */

/** `<script`, `javascript:` and `vbscript:`: never legitimate in an approval item. */
const SCRIPT = /<\s*\/?\s*script\b|\b(?:java|vb)script\s*:/i;

/** Leading characters that make a spreadsheet read text as a formula (ASCII and full-width), or tab / CR. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** Text that was protected on export: one or more apostrophes before a formula start. */
const PROTECTED = /^'+[=+\-@\t\r＝＋－＠]/;

/** True when the text contains a script. */
export function containsScript(text: string): boolean {
  return SCRIPT.test(text);
}

/** Every string in the value that contains a script, as JSON Pointers below `base`. */
export function findScripts(value: unknown, base = ''): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string, depth: number): void => {
    if (typeof node === 'string') {
      if (containsScript(node)) found.push(path);
    } else if (node !== null && typeof node === 'object' && depth < 200) {
      for (const [key, child] of Object.entries(node)) visit(child, `${path}/${escapePointer(key)}`, depth + 1);
    }
  };
  visit(value, base, 0);
  return found;
}

/** True when a spreadsheet could read the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Makes text safe to put in a spreadsheet cell: text that could start a formula gets a leading
 * apostrophe (and so does text that already starts with apostrophes before such a character, so
 * `unprotectCellText` can always undo it exactly).
 */
export function protectCellText(text: string): string {
  return FORMULA_START.test(text) || PROTECTED.test(text) ? `'${text}` : text;
}

/** Undoes `protectCellText`. */
export function unprotectCellText(text: string): string {
  return PROTECTED.test(text) ? text.slice(1) : text;
}

/**
 * Escapes what the xlsx XML cannot carry as is, in the OOXML `_xHHHH_` notation that Excel and
 * exceljs decode on reading: carriage returns (XML would turn them into line feeds), control
 * characters, lone surrogates, and a literal `_xHHHH_` (its underscore becomes `_x005F_`).
 */
export function escapeCellXml(text: string): string {
  return text.replace(/_(?=x[0-9A-F]{4}_)/g, '_x005F_').replace(UNSAFE_XML, (c) => `_x${hex4(c.charCodeAt(0))}_`);
}

const UNSAFE_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
