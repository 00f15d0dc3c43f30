/**
 * The public service guide (办事指南) of an item, as data and as printable HTML.
 *
 * @example
 * ```ts
 * const guide = await compileServiceGuide(item);
 * const html = renderServiceGuideHtml(guide);
 * ```
 */
export {
  compileServiceGuide,
  serviceGuide,
  type GuideMaterial,
  type GuideStep,
  type ServiceGuide,
} from './serviceGuide.js';
export { renderServiceGuideHtml, type GuideHtmlOptions } from './renderServiceGuideHtml.js';
