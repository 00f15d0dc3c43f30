/**
 * Builds BPMN 2.0 XML (with diagram layout, so bpmn-js can draw it) for the demo catalog's processes:
 * a sequence of steps and parallel groups (并联审批), with an optional approve / refuse decision.
 */

/** One approval step (a user task with `gov:` attributes). */
export interface StepSpec {
  readonly id: string;
  readonly name: string;
  /** Time limit in working days (multiple of 0.5). */
  readonly days: number;
  /** Candidate groups, comma-separated. */
  readonly groups: string;
  readonly kind?: '受理' | '审查' | '审核' | '决定' | '送达' | '踏勘' | '听证' | '公示' | '会签' | '其他';
  readonly materials?: readonly string[];
  readonly signOff?: boolean;
  readonly level?: 'village' | 'town' | 'district' | 'city';
}

/** A group of branches run at the same time (each branch a sequence of steps); the case waits for all. */
export interface ParallelSpec {
  readonly parallel: readonly (readonly StepSpec[])[];
}

/** What a process is built from. */
export interface ProcessSpec {
  readonly id: string;
  readonly name: string;
  readonly itemCode: string;
  readonly promisedDays: number;
  readonly statutoryDays: number;
  readonly blocks: readonly (StepSpec | ParallelSpec)[];
  /** After this step, `outcome = "reject"` ends the case as 不予许可. */
  readonly decisionAfter?: string;
  /** Unit of the limits written on the process (`gov:timeUnit`); omitted means working days. */
  readonly timeUnit?: 'working' | 'calendar';
  /** Light thresholds written on the process (`gov:yellowDaysLeft` / `gov:redDaysLeft`). */
  readonly thresholds?: { readonly yellowDaysLeft: number; readonly redDaysLeft: number };
}

interface Node {
  id: string;
  xml: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 50;
const TASK = { w: 100, h: 80 };
const ROUND = { w: 36, h: 36 };
const DIAMOND = { w: 50, h: 50 };
const LANE = 120;

/** Builds the process's BPMN XML. */
export function buildProcessXml(spec: ProcessSpec): string {
  const nodes: Node[] = [];
  const flows: { id: string; from: Node; to: Node; xml: string }[] = [];
  let x = 150;
  const mid = 200;
  const add = (id: string, xml: string, size: { w: number; h: number }, y = mid): Node => {
    const node = { id, xml, x, y: y - size.h / 2, w: size.w, h: size.h };
    nodes.push(node);
    return node;
  };
  let approve: { gateway: Node; flowId: string } | undefined;
  const link = (from: Node, to: Node, condition?: string): void => {
    const id = approve?.gateway === from && condition === undefined ? approve.flowId : `flow_${flows.length + 1}`;
    const body = condition
      ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escape(condition)}</bpmn:conditionExpression>`
      : '';
    flows.push({
      id,
      from,
      to,
      xml: `<bpmn:sequenceFlow id="${id}" sourceRef="${from.id}" targetRef="${to.id}">${body}</bpmn:sequenceFlow>`,
    });
  };
  let last = add('start', '<bpmn:startEvent id="start" name="申请" />', ROUND);
  x += ROUND.w + GAP;
  let refuse: Node | undefined;
  for (const block of spec.blocks) {
    if ('parallel' in block) {
      const fork = add(`${block.parallel[0]?.[0]?.id ?? 'p'}_fork`, '', DIAMOND);
      fork.xml = `<bpmn:parallelGateway id="${fork.id}" name="并联审批" />`;
      link(last, fork);
      x += DIAMOND.w + GAP;
      const startX = x;
      let endX = x;
      const tails: Node[] = [];
      block.parallel.forEach((branch, i) => {
        x = startX;
        let previous = fork;
        const y = mid + (i - (block.parallel.length - 1) / 2) * LANE;
        for (const step of branch) {
          const node = add(step.id, stepXml(step), TASK, y);
          link(previous, node);
          previous = node;
          x += TASK.w + GAP;
        }
        tails.push(previous);
        endX = Math.max(endX, x);
      });
      x = endX;
      const join = add(`${fork.id.replace(/_fork$/, '')}_join`, '', DIAMOND);
      join.xml = `<bpmn:parallelGateway id="${join.id}" name="汇总" />`;
      for (const tail of tails) link(tail, join);
      x += DIAMOND.w + GAP;
      last = join;
      continue;
    }
    const node = add(block.id, stepXml(block), TASK);
    link(last, node);
    x += TASK.w + GAP;
    last = node;
    if (block.id === spec.decisionAfter) {
      const gateway = add(
        `${block.id}_decision`,
        `<bpmn:exclusiveGateway id="${block.id}_decision" name="是否准予" default="${block.id}_approve" />`,
        DIAMOND,
      );
      link(last, gateway);
      x += DIAMOND.w + GAP;
      refuse = add('end_refused', '<bpmn:endEvent id="end_refused" name="不予许可" />', ROUND, mid + LANE);
      refuse.x = gateway.x + (DIAMOND.w - ROUND.w) / 2;
      link(gateway, refuse, 'outcome = "reject"');
      last = gateway;
      approve = { gateway, flowId: `${block.id}_approve` };
    }
  }
  const end = add('end', '<bpmn:endEvent id="end" name="办结" />', ROUND);
  link(last, end);
  return document(spec, nodes, flows);
}

function stepXml(step: StepSpec): string {
  const attrs = [
    `id="${step.id}"`,
    `name="${escape(step.name)}"`,
    `gov:timeLimit="${step.days}"`,
    `gov:candidateGroups="${escape(step.groups)}"`,
    step.kind ? `gov:stepKind="${step.kind}"` : '',
    step.materials?.length ? `gov:materials="${step.materials.join(',')}"` : '',
    step.signOff ? 'gov:signOff="true"' : '',
    step.level ? `gov:orgLevel="${step.level}"` : '',
  ].filter(Boolean);
  return `<bpmn:userTask ${attrs.join(' ')} />`;
}

function document(
  spec: ProcessSpec,
  nodes: Node[],
  flows: { id: string; from: Node; to: Node; xml: string }[],
): string {
  const shapes = nodes.map(
    (n) =>
      `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"><dc:Bounds x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" /></bpmndi:BPMNShape>`,
  );
  const edges = flows.map((f) => {
    const from = { x: f.from.x + f.from.w, y: f.from.y + f.from.h / 2 };
    const to = { x: f.to.x, y: f.to.y + f.to.h / 2 };
    const points =
      from.y === to.y
        ? [from, to]
        : f.to.id === 'end_refused'
          ? [
              { x: f.from.x + f.from.w / 2, y: f.from.y + f.from.h },
              { x: f.to.x + f.to.w / 2, y: f.to.y },
            ]
          : [from, { x: from.x + 20, y: from.y }, { x: from.x + 20, y: to.y }, to];
    const waypoints = points.map((p) => `<di:waypoint x="${p.x}" y="${p.y}" />`).join('');
    return `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${waypoints}</bpmndi:BPMNEdge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:gov="http://govflow.cn/schema/bpmn/gov"',
    `  id="Definitions_${spec.id}" targetNamespace="http://govflow.cn/items">`,
    `  <bpmn:process id="${spec.id}" name="${escape(spec.name)}" isExecutable="true" ${processAttributes(spec)}>`,
    ...nodes.map((n) => `    ${n.xml}`),
    ...flows.map((f) => `    ${f.xml}`),
    '  </bpmn:process>',
    `  <bpmndi:BPMNDiagram id="Diagram_${spec.id}"><bpmndi:BPMNPlane id="Plane_${spec.id}" bpmnElement="${spec.id}">`,
    ...shapes.map((s) => `    ${s}`),
    ...edges.map((e) => `    ${e}`),
    '  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
    '</bpmn:definitions>',
  ].join('\n');
}

function processAttributes(spec: ProcessSpec): string {
  const attrs = [
    `gov:itemCode="${escape(spec.itemCode)}"`,
    `gov:promisedDays="${spec.promisedDays}"`,
    `gov:statutoryDays="${spec.statutoryDays}"`,
    spec.timeUnit ? `gov:timeUnit="${spec.timeUnit}"` : '',
    spec.thresholds ? `gov:yellowDaysLeft="${spec.thresholds.yellowDaysLeft}"` : '',
    spec.thresholds ? `gov:redDaysLeft="${spec.thresholds.redDaysLeft}"` : '',
  ];
  return attrs.filter(Boolean).join(' ');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
