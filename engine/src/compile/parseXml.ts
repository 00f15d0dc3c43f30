import { BpmnModdle, type ModdleElement, type ModdleWarning } from 'bpmn-moddle';
import { govModdleDescriptor } from '../moddle/govModdleDescriptor.js';
import { ownerId } from './govAttributes.js';
import type { ProblemList } from './problems.js';

/**
 * Reads BPMN XML with the `gov:` extension. An unknown `gov:` attribute is a problem of its element
 * (rule `gov-attribute-unknown`) and reading goes on, so every other problem is found too; any
 * other reader warning means malformed XML and stops the compilation (returns undefined).
 */
export async function parseXml(xml: string, problems: ProblemList): Promise<ModdleElement | undefined> {
  const moddle = sharedModdle();
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
    let malformed = false;
    for (const warning of warnings) {
      if (isUnknownGovAttribute(warning)) {
        reportUnknownGovAttribute(warning, problems);
        continue;
      }
      malformed = true;
      const id = warning.element?.id ?? '';
      problems.error(id, 'xml-malformed', `BPMN 文档有误：${warning.message}`, `malformed BPMN: ${warning.message}`);
    }
    return malformed ? undefined : rootElement;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.error('', 'xml-malformed', `无法解析 BPMN 文档：${message}`, `cannot parse the BPMN document: ${message}`);
    return undefined;
  }
}

let moddleInstance: BpmnModdle | undefined;

/** One moddle for every compile: building its type registry costs more than reading a small model. */
function sharedModdle(): BpmnModdle {
  moddleInstance ??= new BpmnModdle({ gov: govModdleDescriptor });
  return moddleInstance;
}

function isUnknownGovAttribute(warning: ModdleWarning): boolean {
  return warning.message.startsWith('unknown attribute') && (warning.property ?? '').startsWith('gov:');
}

function reportUnknownGovAttribute(warning: ModdleWarning, problems: ProblemList): void {
  const property = warning.property ?? '';
  const type = warning.element?.$type ?? '';
  problems.error(
    ownerId(warning.element),
    'gov-attribute-unknown',
    `元素不支持属性 ${property}`,
    `${property} is not an attribute of ${type}`,
  );
}
