import type { GovContext } from '../govContext';
import type { DiagramElement, ModdleElement } from '../services';
import { conditionGroups, integrationGroups, processGroups, timerGroups, type PanelGroup } from './govGroups';
import { stepGroups } from './stepGroups';

const BRANCHING = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']);

/**
 * The properties-panel provider for every `gov:` attribute: steps (limit, kind, level, sign-off, form,
 * groups from the organisation tree, materials from the item, light thresholds, multi-instance), the
 * process (the item's limits), integrations, timers and gateway conditions. Its groups come right
 * after the panel's general group.
 */
export class GovPropertiesProvider {
  static $inject = ['propertiesPanel', 'govContext'];

  constructor(
    propertiesPanel: { registerProvider(priority: number, provider: object): void },
    private readonly context: GovContext,
  ) {
    propertiesPanel.registerProvider(500, this);
  }

  /** The panel asks for an element's groups; ours are inserted after 「基本信息」. */
  getGroups(element: DiagramElement): (groups: PanelGroup[]) => PanelGroup[] {
    return (groups) => {
      const mine = this.groupsOf(element);
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, ...mine);
      return groups;
    };
  }

  private groupsOf(element: DiagramElement): PanelGroup[] {
    const bo = element.businessObject;
    switch (element.type) {
      case 'bpmn:UserTask':
        return stepGroups(element);
      case 'bpmn:Process':
        return processGroups(element, this.context);
      case 'bpmn:Participant': {
        const process = bo.get('processRef') as ModdleElement | undefined;
        return process ? processGroups(element, this.context, process) : [];
      }
      case 'bpmn:ServiceTask':
      case 'bpmn:SendTask':
        return integrationGroups(element);
      case 'bpmn:IntermediateCatchEvent':
      case 'bpmn:BoundaryEvent': {
        const definitions = (bo.get('eventDefinitions') as ModdleElement[] | undefined) ?? [];
        const timer = definitions.find((d) => d.$type === 'bpmn:TimerEventDefinition');
        return timer ? timerGroups(element, timer) : [];
      }
      case 'bpmn:SequenceFlow':
        return element.source && BRANCHING.has(element.source.type) ? conditionGroups(element) : [];
      default:
        return [];
    }
  }
}

/** The diagram-js module of the provider. */
export const govPropertiesModule = {
  __init__: ['govPropertiesProvider'],
  govPropertiesProvider: ['type', GovPropertiesProvider],
};
