import type { ProcessModel } from '@govflow/engine';
import type { ApprovalItem } from '../item.js';
import { guideCss } from './guideCss.js';
import { serviceGuide, type GuideMaterial, type GuideStep, type ServiceGuide } from './serviceGuide.js';

/** Options of the printable guide. */
export interface GuideHtmlOptions {
  /** Shown in the footer (e.g. the center's name). */
  readonly publisher?: string;
  /** Shown in the footer as 「生成日期」; left out by default so the output is reproducible. */
  readonly generatedOn?: string;
}

/**
 * The printable service guide (办事指南) as a complete HTML document in Chinese with print CSS
 * (A4, page margins). Every value is HTML-escaped. Pass the guide, or the item with its compiled model.
 */
export function renderServiceGuideHtml(
  source: ServiceGuide | ApprovalItem,
  model?: ProcessModel,
  options: GuideHtmlOptions = {},
): string {
  const guide = 'processXml' in source ? serviceGuide(source, requireModel(model)) : source;
  const sections = [
    section(
      '一、基本信息',
      table([
        ['事项名称', guide.name],
        ['实施编码', guide.code],
        ['基本编码', guide.basicCode],
        ['事项类型', guide.type],
        ...(guide.handling === undefined ? [] : [['办理项', guide.handling] as [string, string]]),
        ['主管部门', guide.department],
        ['实施机关', guide.agency],
        ['行使层级', guide.levelText],
        ['办件类型', guide.caseKind],
        ['服务对象', guide.service.objectsText],
      ]),
    ),
    section(
      '二、设定依据',
      list(
        guide.basis.map((b) => b.text),
        '无',
      ),
    ),
    section('三、受理条件', list(guide.conditions, '无特别条件')),
    section('四、申请材料', materialsTable(guide.materials)),
    section('五、办理流程', stepsTable(guide.process.steps, guide.process.totalText)),
    section(
      '六、办理时限',
      table([
        ['法定办结时限', guide.limits.statutoryText],
        ['承诺办结时限', guide.limits.promisedText],
        ...(guide.overtimeDefault ? [['超时默许', guide.overtimeDefault.text] as [string, string]] : []),
      ]),
    ),
    section('七、收费标准', table(feeRows(guide))),
    section(
      '八、办理地点、时间和方式',
      table([
        ['办理地点', guide.service.place],
        ['办理时间', guide.service.hours],
        ['网上办理深度', guide.service.onlineDepthText],
        ['到现场次数', guide.service.visitsText],
        ['咨询电话', guide.service.phone],
        ['投诉电话', guide.service.complaintPhone],
        ['审批结果', `${guide.service.result.name}（${guide.service.result.type}）`],
        ...(guide.service.result.sample === undefined
          ? []
          : [['结果样本', guide.service.result.sample] as [string, string]]),
      ]),
    ),
  ];
  const footer = [options.publisher, options.generatedOn === undefined ? undefined : `生成日期：${options.generatedOn}`]
    .filter((t): t is string => t !== undefined)
    .map(escapeHtml)
    .join(' · ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(guide.name)} 办事指南</title>`,
    `<style>${guideCss}</style>`,
    '</head>',
    '<body>',
    '<main class="guide">',
    `<h1>${escapeHtml(guide.name)}<span class="subtitle">办事指南</span></h1>`,
    `<p class="codes">实施编码 ${escapeHtml(guide.code)} · 基本编码 ${escapeHtml(guide.basicCode)} · 第 ${guide.version} 版</p>`,
    ...sections,
    footer ? `<footer>${footer}</footer>` : '',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function requireModel(model: ProcessModel | undefined): ProcessModel {
  if (!model)
    throw new TypeError(
      'renderServiceGuideHtml(item) 需要已编译的流程模型：请传入 model，或先用 compileServiceGuide(item)',
    );
  return model;
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function table(rows: readonly (readonly [string, string])[]): string {
  const body = rows
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${multiline(v)}</td></tr>`)
    .join('\n');
  return `<table class="facts"><tbody>\n${body}\n</tbody></table>`;
}

function list(entries: readonly string[], empty: string): string {
  if (entries.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  return `<ol>\n${entries.map((e) => `<li>${multiline(e)}</li>`).join('\n')}\n</ol>`;
}

function materialsTable(materials: readonly GuideMaterial[]): string {
  if (materials.length === 0) return '<p>无需提交申请材料</p>';
  const head = ['序号', '材料名称', '必要性', '原件', '复印件', '形式', '来源', '受理标准及说明'];
  const rows = materials.map((m) => {
    const notes = [m.standard, m.blankForm && `空白表格：${m.blankForm}`, m.sample && `示例样表：${m.sample}`, m.note]
      .filter((t): t is string => Boolean(t))
      .map(multiline)
      .join('<br>');
    const cells = [
      String(m.order),
      escapeHtml(m.name),
      escapeHtml(m.requiredText),
      `${m.originals} 份`,
      `${m.copies} 份`,
      escapeHtml(m.formText),
      escapeHtml(m.source),
      notes,
    ];
    return `<tr>${cells.map((c, i) => (i === 1 || i >= 6 ? `<td>${c}</td>` : `<td class="nw">${c}</td>`)).join('')}</tr>`;
  });
  return grid(head, rows);
}

function stepsTable(steps: readonly GuideStep[], totalText: string): string {
  const head = ['序号', '环节', '办理时限', '审查材料'];
  const rows = steps.map((s) => {
    const name = `${escapeHtml(s.name)}${s.parallel ? '<span class="tag">并联</span>' : ''}`;
    const materials = escapeHtml(s.materials.join('、') || '—');
    return `<tr><td class="nw">${s.order}</td><td>${name}</td><td class="nw">${escapeHtml(s.limitText)}</td><td>${materials}</td></tr>`;
  });
  return `${grid(head, rows)}\n<p class="note">流程最长需 ${escapeHtml(totalText)}（各环节时限之和，并联环节按最长一支计）。</p>`;
}

function grid(head: readonly string[], rows: readonly string[]): string {
  const th = head.map((h) => `<th scope="col" class="nw">${escapeHtml(h)}</th>`).join('');
  return `<table class="grid"><thead><tr>${th}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function feeRows(guide: ServiceGuide): [string, string][] {
  if (!guide.fee.charged) return [['是否收费', '不收费']];
  const rows: [string, string][] = [
    ['是否收费', '收费'],
    ['收费标准', guide.fee.standard ?? ''],
    ['收费依据', guide.fee.basis ?? ''],
  ];
  if (guide.fee.amountYuan !== undefined) rows.push(['收费金额', `${guide.fee.amountYuan} 元`]);
  return rows;
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}
