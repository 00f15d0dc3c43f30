import type { AutoPlace, Create, DiagramElement, ElementFactory, EntryProviderRegistry } from './services';

type Entries = Record<string, unknown>;
type Translate = (text: string) => string;

/** What an entry creates: a BPMN type, optionally with an event definition. */
interface Shape {
  readonly type: string;
  readonly eventDefinitionType?: string;
}

const USER_TASK: Shape = { type: 'bpmn:UserTask' };
const TIMER: Shape = { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' };
const PARALLEL: Shape = { type: 'bpmn:ParallelGateway' };

/** Palette entries kept from bpmn-js, in the order shown, with ours (approval steps, timers, parallel) in between. */
const ORDER = [
  'hand-tool',
  'lasso-tool',
  'space-tool',
  'global-connect-tool',
  'tool-separator',
  'create.start-event',
  'create.timer',
  'create.end-event',
  'create.exclusive-gateway',
  'create.parallel-gateway',
  'create.user-task',
  'create.subprocess-expanded',
];

/**
 * The designer's palette and context pad: only what the engine runs. "Task" creates and appends an
 * approval step (a user task, the element a plain task would have to be changed into anyway); the
 * intermediate event is a timer; data objects, pools and groups are left out.
 */
export class GovPaletteProvider {
  static $inject = ['palette', 'contextPad', 'create', 'elementFactory', 'autoPlace', 'translate'];

  constructor(
    palette: EntryProviderRegistry,
    contextPad: EntryProviderRegistry,
    private readonly create: Create,
    private readonly elementFactory: ElementFactory,
    private readonly autoPlace: AutoPlace,
    private readonly translate: Translate,
  ) {
    palette.registerProvider(500, this);
    contextPad.registerProvider(500, this);
  }

  /** Rewrites bpmn-js's palette entries. */
  getPaletteEntries(): (entries: Entries) => Entries {
    return (entries) => {
      const ours: Entries = {
        ...entries,
        'create.user-task': this.createEntry('activity', 'bpmn-icon-user-task', 'Create user task', USER_TASK),
        'create.parallel-gateway': this.createEntry(
          'gateway',
          'bpmn-icon-gateway-parallel',
          'Create parallel gateway',
          PARALLEL,
        ),
        'create.timer': this.createEntry('event', 'bpmn-icon-intermediate-event-catch-timer', 'Create timer', TIMER),
      };
      return Object.fromEntries(ORDER.filter((key) => ours[key] !== undefined).map((key) => [key, ours[key]]));
    };
  }

  /** Rewrites bpmn-js's context pad entries of an element. */
  getContextPadEntries(): (entries: Entries) => Entries {
    return (entries) => {
      if (entries['append.append-task']) {
        entries['append.append-task'] = this.appendEntry('bpmn-icon-user-task', 'Append user task', USER_TASK);
      }
      if (entries['append.intermediate-event']) {
        entries['append.intermediate-event'] = this.appendEntry(
          'bpmn-icon-intermediate-event-catch-timer',
          'Append timer intermediate catch event',
          TIMER,
        );
      }
      return entries;
    };
  }

  private shape(spec: Shape): DiagramElement {
    return this.elementFactory.createShape({ ...spec });
  }

  private createEntry(group: string, className: string, title: string, spec: Shape) {
    const start = (event: Event) => this.create.start(event, this.shape(spec));
    return { group, className, title: this.translate(title), action: { dragstart: start, click: start } };
  }

  private appendEntry(className: string, title: string, spec: Shape) {
    return {
      group: 'model',
      className,
      title: this.translate(title),
      action: {
        click: (_event: Event, element: DiagramElement) => this.autoPlace.append(element, this.shape(spec)),
        dragstart: (event: Event) => this.create.start(event, this.shape(spec)),
      },
    };
  }
}

/** The diagram-js module of the palette and context pad provider. */
export const govPaletteModule = {
  __init__: ['govPaletteProvider'],
  govPaletteProvider: ['type', GovPaletteProvider],
};
