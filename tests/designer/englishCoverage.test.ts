import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE_KINDS, HANDLING_KINDS, ITEM_TYPES, LEVEL_NAMES, SERVICE_OBJECTS } from '@govflow/catalog';
import { STEP_KINDS } from '@govflow/engine';
import { EN } from '../../designer/src/i18n/en.js';
import { EN_EDITOR } from '../../designer/src/i18n/enEditor.js';
import { EN_PAGES } from '../../designer/src/i18n/enPages.js';
import { EN_MODELER } from '../../designer/src/modeler/translate/enModeler.js';
import { chineseTexts, hasChinese, placeholders, sourceFiles, type ChineseText } from './uiText.js';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const DICTIONARIES = { EN, EN_EDITOR, EN_PAGES } as const;
const ENGLISH: Readonly<Record<string, string>> = { ...EN_PAGES, ...EN_EDITOR, ...EN };

/** Files whose Chinese is content, not screen text: a new item's defaults, bpmn-js's Chinese, the dictionaries. */
const CONTENT_FILES = [
  /^designer\/src\/i18n\//,
  /^designer\/src\/modeler\/translate\/zhCN\.ts$/,
  /^designer\/src\/admin\/newItem\.ts$/,
  /^designer\/src\/modeler\/blankProcess\.ts$/,
];
/** Chinese that is never shown, each with why. */
const NOT_SHOWN: readonly { file: string; text: string; why: string }[] = [
  { file: 'designer/src/format.ts', text: '月', why: 'the zh-CN branch of formatDeadline (English has its own)' },
  { file: 'designer/src/pages/cases/CaseCommandForm.tsx', text: '不予', why: "compared with the server's outcome" },
];
/** English that must quote Chinese: the workbook's sheet names, a data value, a search example. */
const QUOTES_CHINESE = new Set([
  '输入事项名称、编码或部门，如“再就业”',
  '工作簿包含「事项」「材料」「流程」「表单」四张表（可从命令行 govflow catalog export 导出样例）。有任何错误时不会导入任何事项。',
  '必要条件用 FEEL 表达式写在申请表的数据上，例如 applicantType = "企业"，满足时该材料才必须提交。',
]);

function screenTexts(): ChineseText[] {
  return sourceFiles(ROOT, 'designer/src')
    .filter((file) => !CONTENT_FILES.some((pattern) => pattern.test(file)))
    .flatMap((file) => chineseTexts(ROOT, file))
    .filter((text) => !NOT_SHOWN.some((n) => n.file === text.file && text.text.includes(n.text)));
}

/** Every `t('…')` key written in the app's sources. */
function translationKeys(): { file: string; key: string }[] {
  return sourceFiles(ROOT, 'designer/src')
    .filter((file) => !CONTENT_FILES.some((pattern) => pattern.test(file)))
    .flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)].map(([, key]) => ({
        file,
        key: (key ?? '').replace(/\\(.)/g, '$1'),
      })),
    );
}

describe('designer / English switch: every screen text has its English', () => {
  it('given the web app sources, then no Chinese is written between tags or in a `…${}…` string (it would not switch)', () => {
    const fixed = screenTexts()
      .filter((text) => text.kind !== 'literal')
      .map((text) => `${text.file}:${text.line} ${text.kind} ${text.text}`);
    expect(fixed, 'Chinese outside t(): wrap it in t() and add its English').to.deep.equal([]);
  });

  it('given every Chinese string of the screens (t() keys and the labels they are looked up by), then each has English', () => {
    const missing = screenTexts()
      .filter((text) => text.kind === 'literal' && ENGLISH[text.text] === undefined)
      .map((text) => `${text.file}:${text.line} ${text.text}`);
    expect(missing).to.deep.equal([]);
  });

  it('given every t() key, including those without Chinese characters (「{where}：{message}」), then each has English', () => {
    const missing = translationKeys()
      .filter(({ key }) => ENGLISH[key] === undefined)
      .map(({ file, key }) => `${file} ${key}`);
    expect(missing).to.deep.equal([]);
  });

  it('given the engine and catalog lists the editor shows through t() (step kinds, item types, case kinds …), then each has English', () => {
    const lists = [
      ...STEP_KINDS,
      ...ITEM_TYPES,
      ...CASE_KINDS,
      ...HANDLING_KINDS,
      ...SERVICE_OBJECTS,
      ...Object.values(LEVEL_NAMES),
    ];
    expect(lists.filter((text) => ENGLISH[text] === undefined)).to.deep.equal([]);
  });

  it('given every English text, then it is English, keeps its key’s {placeholders}, and each key is in one dictionary only', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const [name, dictionary] of Object.entries(DICTIONARIES)) {
      for (const [key, english] of Object.entries(dictionary)) {
        if (seen.has(key)) problems.push(`${key}: in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
        if (hasChinese(english) && !QUOTES_CHINESE.has(key)) problems.push(`${key}: English has Chinese: ${english}`);
        if (placeholders(english).join() !== placeholders(key).join())
          problems.push(`${key}: placeholders ${placeholders(key).join()} became ${placeholders(english).join()}`);
      }
    }
    for (const [key, english] of Object.entries(EN_MODELER)) {
      if (placeholders(english).join() !== placeholders(key).join()) problems.push(`bpmn-js ${key}: placeholders`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('given a Chinese text hidden from the check, then it is still in its file (the allowance cannot go stale)', () => {
    for (const { file, text } of NOT_SHOWN) expect(readFileSync(join(ROOT, file), 'utf8'), file).to.include(text);
  });
});
