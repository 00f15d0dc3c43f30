/** Reads the web app's sources for the English-coverage suite: every Chinese text the screens can show. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One Chinese text in a source file, and how it is written there. */
export interface ChineseText {
  readonly file: string;
  readonly line: number;
  /** `literal`: a '…' string (a possible `t()` key); `template`: a `…${}…` string; `jsx`: text between tags. */
  readonly kind: 'literal' | 'template' | 'jsx';
  readonly text: string;
}

const CHINESE = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const HAN = /[\u3400-\u9fff]/;

/** Whether a text has Chinese characters in it. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/** Every `.ts` / `.tsx` file under `dir`, as paths relative to `root`. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative(root, full));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** The Chinese texts of one source file (comments are not texts: the compiler's scanner skips them). */
export function chineseTexts(root: string, file: string): ChineseText[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: ChineseText[] = [];
  const add = (node: ts.Node, kind: ChineseText['kind'], text: string) => {
    if (!hasChinese(text)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ file, line, kind, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // A property name written as a string ('申请人': …) is a key, not a text on screen.
      if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) return;
      add(node, 'literal', node.text);
    } else if (ts.isTemplateExpression(node)) {
      // Only the template's own text counts: a `t('…')` inside it is checked as a literal of its own.
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some(hasChinese)) add(node, 'template', node.getText(source));
    } else if (ts.isJsxText(node)) {
      add(node, 'jsx', node.text.trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether a text has a Chinese character or full-width punctuation (an English text must not). */
export function hasChineseOrFullWidth(text: string): boolean {
  return CHINESE.test(text);
}

/** The `{name}` placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name ?? '').sort();
}
