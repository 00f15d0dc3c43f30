/** Generates a large approval process for the compile benchmark, in both engines' dialects. */

/** Which engine the XML is written for. */
export type Dialect = 'govflow' | 'bpmn-engine';

/** The shape of a generated model: its flow nodes and sequence flows. */
export interface GeneratedModel {
  readonly xml: string;
  readonly flowNodes: number;
  readonly sequenceFlows: number;
}

const CONDITIONS: Record<Dialect, (outcome: string) => string> = {
  govflow: (outcome) =>
    `<conditionExpression xsi:type="tFormalExpression">outcome = "${outcome}"</conditionExpression>`,
  'bpmn-engine': (outcome) =>
    `<conditionExpression xsi:type="tFormalExpression" language="javascript">next(null, environment.output.outcome === '${outcome}')</conditionExpression>`,
};

/**
 * A process of exactly `3 + 6 × blocks + tasks` flow nodes: start, `tasks` sequential user tasks
 * interleaved with `blocks` parallel blocks (fork, three department reviews, join, an exclusive
 * approve/reject gateway whose reject flow goes to a shared end), and two end events.
 * The defaults give 100 flow nodes and 134 sequence flows.
 */
export function generateModel(dialect: Dialect, blocks = 12, tasks = 25): GeneratedModel {
  const gov = dialect === 'govflow';
  const nodes: string[] = ['<startEvent id="start" name="申请" />'];
  const flows: string[] = [];
  const flow = (from: string, to: string, condition?: string): void => {
    const id = `f${flows.length + 1}`;
    flows.push(
      condition === undefined
        ? `<sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`
        : `<sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${CONDITIONS[dialect](condition)}</sequenceFlow>`,
    );
  };
  const task = (id: string, name: string, group: string): void => {
    const attrs = gov ? ` gov:timeLimit="1" gov:candidateGroups="${group}" gov:stepKind="审查"` : '';
    nodes.push(`<userTask id="${id}" name="${name}"${attrs} />`);
  };
  let last = 'start';
  /** Moves on from the last element; leaving a decision is its approve flow. */
  const advance = (to: string): void => {
    flow(last, to, last.startsWith('decide') ? 'approve' : undefined);
    last = to;
  };
  let taskNo = 0;
  const sequential = (): void => {
    taskNo += 1;
    task(`task${taskNo}`, `环节${taskNo}`, 'window');
    advance(`task${taskNo}`);
  };
  for (let b = 1; b <= blocks; b += 1) {
    const perBlock = Math.floor((tasks * b) / blocks) - Math.floor((tasks * (b - 1)) / blocks);
    for (let i = 0; i < perBlock; i += 1) sequential();
    nodes.push(
      `<parallelGateway id="fork${b}" />`,
      `<parallelGateway id="join${b}" />`,
      `<exclusiveGateway id="decide${b}" />`,
    );
    advance(`fork${b}`);
    for (const dept of ['market', 'fire', 'health']) {
      task(`review${b}_${dept}`, `第${b}轮${dept}审查`, dept);
      flow(`fork${b}`, `review${b}_${dept}`);
      flow(`review${b}_${dept}`, `join${b}`);
    }
    flow(`join${b}`, `decide${b}`);
    flow(`decide${b}`, 'endRejected', 'reject');
    last = `decide${b}`;
  }
  while (taskNo < tasks) sequential();
  nodes.push('<endEvent id="endApproved" name="准予许可" />', '<endEvent id="endRejected" name="不予许可" />');
  advance('endApproved');
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      (gov ? ' xmlns:gov="http://govflow.cn/schema/bpmn/gov"' : '') +
      ' id="Defs_generated" targetNamespace="http://govflow.cn/bench">',
    `<process id="generated" name="生成的流程" isExecutable="true">`,
    ...nodes,
    ...flows,
    '</process>',
    '</definitions>',
  ].join('\n');
  return { xml, flowNodes: nodes.length, sequenceFlows: flows.length };
}
