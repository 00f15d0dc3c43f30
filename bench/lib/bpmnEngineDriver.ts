import { EventEmitter } from 'node:events';
import { Engine, type BpmnEngineExecutionState } from 'bpmn-engine';
import type { CaseDriver, StepResult } from './driver.js';
import type { ActivityEventApi } from '../types/bpmnEngineEvents.js';

/** How the bpmn-engine driver stores state. */
export type BpmnEngineStorage =
  /** As documented: `getState()` as it is, which embeds the serialized process source. */
  | 'documented'
  /** The source kept aside once per process: `definitions[].source` removed, `sourceContext` given on recover. */
  | 'source-aside';

/**
 * A listener that copies each completed user task's output (the signal message, e.g. `outcome`)
 * into the process environment's output, where the gateway's script conditions read it.
 */
function caseListener(): EventEmitter {
  const listener = new EventEmitter();
  listener.on('activity.end', (api: ActivityEventApi) => {
    const output = api.content.output;
    if (api.type === 'bpmn:UserTask' && output !== undefined && typeof output.outcome === 'string') {
      api.environment.output['outcome'] = output.outcome;
    }
  });
  return listener;
}

function stripSource(state: BpmnEngineExecutionState): BpmnEngineExecutionState {
  return { ...state, definitions: state.definitions.map(({ source: _source, ...rest }) => rest) };
}

/**
 * A bpmn-engine driver: `execute()` runs to the first user-task wait; each step recovers a new
 * engine from the parsed state, `resume()`s it, signals one waiting user task, and serializes
 * `getState()` again.
 */
export async function createBpmnEngineDriver(xml: string, storage: BpmnEngineStorage): Promise<CaseDriver> {
  const probe = new Engine({ name: 'probe', source: xml });
  const [definition] = await probe.getDefinitions();
  if (definition === undefined) throw new Error('bpmn-engine found no definition');
  const sourceContext = definition.context.definitionContext;
  const processId = definition.getProcesses()[0]?.id ?? definition.id;
  const serialize = (state: BpmnEngineExecutionState): string =>
    JSON.stringify(storage === 'documented' ? state : stripSource(state));
  const newEngine = (name: string): Engine =>
    storage === 'documented' ? new Engine({ name }) : new Engine({ name, sourceContext });

  return {
    engine: storage === 'documented' ? 'bpmn-engine' : 'bpmn-engine (source aside)',
    processId,
    async start(caseNo: number): Promise<string> {
      const engine =
        storage === 'documented' ? new Engine({ name: `C${caseNo}`, source: xml }) : newEngine(`C${caseNo}`);
      await engine.execute({ listener: caseListener() });
      return serialize(await engine.getState());
    },
    async step(stored: string): Promise<StepResult> {
      const state = JSON.parse(stored) as BpmnEngineExecutionState;
      const engine = newEngine(state.name).recover(state);
      const execution = await engine.resume({ listener: caseListener() });
      const task = execution.getPostponed().find((api) => api.type === 'bpmn:UserTask');
      if (task === undefined) throw new Error(`case ${state.name} has no waiting user task`);
      execution.signal({ id: task.id, outcome: 'approve' });
      const next = await engine.getState();
      return { stored: serialize(next), open: engine.state !== 'idle' };
    },
  };
}
