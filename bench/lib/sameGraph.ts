import { Engine } from 'bpmn-engine';
import { compileProcess } from '@govflow/engine';

/** The graph of a process as `type id` lines and `flow source->target` lines, sorted. */
type Graph = readonly string[];

const KIND_TO_TYPE: Readonly<Record<string, string>> = {
  startEvent: 'bpmn:StartEvent',
  endEvent: 'bpmn:EndEvent',
  userTask: 'bpmn:UserTask',
  parallelGateway: 'bpmn:ParallelGateway',
  exclusiveGateway: 'bpmn:ExclusiveGateway',
};

async function govflowGraph(xml: string): Promise<Graph> {
  const { model } = await compileProcess(xml);
  const lines: string[] = [];
  for (const el of Object.values(model.elements)) {
    lines.push(`${KIND_TO_TYPE[el.kind] ?? el.kind} ${el.id} ${el.name}`);
    for (const f of el.outgoing)
      lines.push(`flow ${f.id} ${el.id}->${f.target}${f.condition === undefined ? '' : ' conditional'}`);
  }
  return lines.sort();
}

async function bpmnEngineGraph(xml: string): Promise<Graph> {
  const [definition] = await new Engine({ name: 'graph', source: xml }).getDefinitions();
  const process = definition?.getProcesses()[0];
  if (process === undefined) throw new Error('bpmn-engine found no process');
  const lines: string[] = process.getActivities().map((a) => `${a.type} ${a.id} ${a.name ?? a.id}`);
  for (const f of process.getSequenceFlows()) {
    const conditional = f.behaviour.conditionExpression !== undefined;
    lines.push(`flow ${f.id} ${f.sourceId}->${f.targetId}${conditional ? ' conditional' : ''}`);
  }
  return lines.sort();
}

/**
 * Checks, with each engine's own parser, that the two variants of a fixture are the same graph:
 * the same elements (type, id, name) and the same flows (id, source, target, conditional or not).
 * Throws listing the differences.
 */
export async function assertSameGraph(govXml: string, peerXml: string, label: string): Promise<number> {
  const [a, b] = await Promise.all([govflowGraph(govXml), bpmnEngineGraph(peerXml)]);
  const onlyGov = a.filter((line) => !b.includes(line));
  const onlyPeer = b.filter((line) => !a.includes(line));
  if (onlyGov.length > 0 || onlyPeer.length > 0) {
    throw new Error(
      `${label}: the variants differ\n  govflow only: ${onlyGov.join('; ')}\n  bpmn-engine only: ${onlyPeer.join('; ')}`,
    );
  }
  return a.length;
}
