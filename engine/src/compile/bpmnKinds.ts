import type { ModdleElement } from 'bpmn-moddle';
import type { ElementKind } from '../model/types.js';

/** BPMN types that describe data or documentation and carry no behaviour; the engine skips them. */
export const PASSIVE_TYPES: ReadonlySet<string> = new Set([
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:Group',
]);

/** Chinese names of BPMN types, for messages. */
const TYPE_NAMES: Record<string, string> = {
  'bpmn:Task': '普通任务',
  'bpmn:ScriptTask': '脚本任务',
  'bpmn:BusinessRuleTask': '业务规则任务',
  'bpmn:ManualTask': '手工任务',
  'bpmn:ReceiveTask': '接收任务',
  'bpmn:ComplexGateway': '复杂网关',
  'bpmn:EventBasedGateway': '事件网关',
  'bpmn:IntermediateThrowEvent': '中间抛出事件',
  'bpmn:Transaction': '事务子流程',
  'bpmn:AdHocSubProcess': '自由子流程',
};

/** The Chinese name of a BPMN type, or the type itself. */
export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** The event definitions of an event element. */
export function eventDefinitions(element: ModdleElement): ModdleElement[] {
  return (element.get('eventDefinitions') as ModdleElement[] | undefined) ?? [];
}

/**
 * The engine kind of a BPMN flow node, or undefined when the engine cannot run it.
 * Only event definitions the engine understands are accepted.
 */
export function kindOf(element: ModdleElement): ElementKind | undefined {
  const definitions = eventDefinitions(element).map((d) => d.$type);
  const only = (type?: string): boolean =>
    type === undefined ? definitions.length === 0 : definitions.length === 1 && definitions[0] === type;
  switch (element.$type) {
    case 'bpmn:StartEvent':
      return only() ? 'startEvent' : undefined;
    case 'bpmn:EndEvent':
      return only() || only('bpmn:TerminateEventDefinition') ? 'endEvent' : undefined;
    case 'bpmn:IntermediateCatchEvent':
      return only('bpmn:TimerEventDefinition') ? 'timerCatch' : undefined;
    case 'bpmn:BoundaryEvent':
      return only('bpmn:TimerEventDefinition') ? 'boundaryTimer' : undefined;
    case 'bpmn:UserTask':
      return 'userTask';
    case 'bpmn:ServiceTask':
      return 'serviceTask';
    case 'bpmn:SendTask':
      return 'sendTask';
    case 'bpmn:ExclusiveGateway':
      return 'exclusiveGateway';
    case 'bpmn:ParallelGateway':
      return 'parallelGateway';
    case 'bpmn:InclusiveGateway':
      return 'inclusiveGateway';
    case 'bpmn:SubProcess':
      return element.get('triggeredByEvent') === true ? undefined : 'subProcess';
    case 'bpmn:CallActivity':
      return 'callActivity';
    default:
      return undefined;
  }
}
