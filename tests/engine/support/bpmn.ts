/**
 * Tiny builders for BPMN XML in tests: each returns a fragment, `definitions` wraps a process.
 * Attribute values are written as given (tests choose them), so keep them XML-safe.
 */

/** Attributes of an element, written as `name="value"`; `gov:` names go through as they are. */
export type Attrs = Readonly<Record<string, string>>;

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
/** The `gov:` namespace as the engine's moddle descriptor declares it. */
export const GOV_NS = 'http://govflow.cn/schema/bpmn/gov';

/** Writes attributes. */
export function attrs(values: Attrs = {}): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
}

/** A whole BPMN document holding one or more processes. */
export function definitions(...processes: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<bpmn:definitions xmlns:bpmn="${BPMN_NS}" xmlns:gov="${GOV_NS}" id="defs" targetNamespace="http://govflow.cn/test">\n` +
    `${processes.join('\n')}\n</bpmn:definitions>\n`
  );
}

/** A process element with its body. */
export function processEl(id: string, body: string, extra: Attrs = {}): string {
  return `<bpmn:process id="${id}" isExecutable="true"${attrs(extra)}>\n${body}\n</bpmn:process>`;
}

/** A document with one process `p` (or the given id). */
export function processXml(body: string, extra: Attrs = {}, id = 'p'): string {
  return definitions(processEl(id, body, extra));
}

/** A none start event. */
export function start(id = 'start', extra: Attrs = {}): string {
  return `<bpmn:startEvent id="${id}"${attrs(extra)} />`;
}

/** A none end event, or a terminate end event. */
export function end(id = 'end', options: { terminate?: boolean; name?: string } = {}): string {
  const name = options.name === undefined ? '' : ` name="${options.name}"`;
  return options.terminate
    ? `<bpmn:endEvent id="${id}"${name}><bpmn:terminateEventDefinition /></bpmn:endEvent>`
    : `<bpmn:endEvent id="${id}"${name} />`;
}

/** A user task with `gov:` attributes (pass them with the prefix) and optional inner XML. */
export function userTask(id: string, extra: Attrs = {}, inner = ''): string {
  const withName = extra['name'] === undefined ? { name: id, ...extra } : extra;
  return inner === ''
    ? `<bpmn:userTask id="${id}"${attrs(withName)} />`
    : `<bpmn:userTask id="${id}"${attrs(withName)}>${inner}</bpmn:userTask>`;
}

/** Any element by its BPMN local name, e.g. `el('scriptTask', 'S1')`. */
export function el(type: string, id: string, extra: Attrs = {}, inner = ''): string {
  return inner === ''
    ? `<bpmn:${type} id="${id}"${attrs(extra)} />`
    : `<bpmn:${type} id="${id}"${attrs(extra)}>${inner}</bpmn:${type}>`;
}

/** A gateway of the given kind; `defaultFlow` names its default flow. */
export function gateway(kind: 'exclusive' | 'parallel' | 'inclusive', id: string, defaultFlow?: string): string {
  return `<bpmn:${kind}Gateway id="${id}"${defaultFlow === undefined ? '' : ` default="${defaultFlow}"`} />`;
}

/** A sequence flow, with a FEEL condition when given. */
export function flow(id: string, from: string, to: string, condition?: string): string {
  if (condition === undefined) return `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;
  return (
    `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">` +
    `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${escapeText(condition)}</bpmn:conditionExpression>` +
    `</bpmn:sequenceFlow>`
  );
}

/** Unconditional flows along a chain of element ids, named `from-to`. */
export function chain(...ids: string[]): string {
  const flows: string[] = [];
  for (let i = 1; i < ids.length; i += 1) {
    const from = ids[i - 1] as string;
    const to = ids[i] as string;
    flows.push(flow(`${from}-${to}`, from, to));
  }
  return flows.join('\n');
}

/** A timer event definition with a duration (`P3D`, `PT4H` …). */
export function timerDefinition(duration: string, calendarDays = false): string {
  const cal = calendarDays ? ' gov:calendarDays="true"' : '';
  return (
    `<bpmn:timerEventDefinition${cal}>` +
    `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${duration}</bpmn:timeDuration>` +
    `</bpmn:timerEventDefinition>`
  );
}

/** An intermediate timer catch event. */
export function timerCatch(id: string, duration: string, calendarDays = false): string {
  return `<bpmn:intermediateCatchEvent id="${id}">${timerDefinition(duration, calendarDays)}</bpmn:intermediateCatchEvent>`;
}

/** A boundary timer attached to an activity; non-interrupting when `interrupting` is false. */
export function boundaryTimer(id: string, attachedTo: string, duration: string, interrupting = true): string {
  const cancel = interrupting ? '' : ' cancelActivity="false"';
  return `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}"${cancel}>${timerDefinition(duration)}</bpmn:boundaryEvent>`;
}

/** Multi-instance loop characteristics (会签). */
export function multiInstance(options: {
  sequential?: boolean;
  cardinality?: string;
  collection?: string;
  elementVariable?: string;
  completion?: string;
}): string {
  const extra: Record<string, string> = {};
  if (options.sequential) extra['isSequential'] = 'true';
  if (options.collection !== undefined) extra['gov:collection'] = options.collection;
  if (options.elementVariable !== undefined) extra['gov:elementVariable'] = options.elementVariable;
  const xsi = 'xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  const inner =
    (options.cardinality === undefined
      ? ''
      : `<bpmn:loopCardinality ${xsi}>${escapeText(options.cardinality)}</bpmn:loopCardinality>`) +
    (options.completion === undefined
      ? ''
      : `<bpmn:completionCondition ${xsi}>${escapeText(options.completion)}</bpmn:completionCondition>`);
  return `<bpmn:multiInstanceLoopCharacteristics${attrs(extra)}>${inner}</bpmn:multiInstanceLoopCharacteristics>`;
}

/** An embedded sub-process with its own body. */
export function subProcess(id: string, body: string): string {
  return `<bpmn:subProcess id="${id}" name="${id}">\n${body}\n</bpmn:subProcess>`;
}

/** A call activity calling a process by id. */
export function callActivity(id: string, calledElement: string): string {
  return `<bpmn:callActivity id="${id}" name="${id}" calledElement="${calledElement}" />`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
