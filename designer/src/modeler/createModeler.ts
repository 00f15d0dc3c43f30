import { govModdleDescriptor } from '@govflow/engine';
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { govContextModule } from './govContext';
import { govPaletteModule } from './govPalette';
import { govPropertiesModule } from './properties/GovPropertiesProvider';
import { translateModule } from './translate/translateModule';

const OPEN_GROUPS = ['gov-step', 'gov-assignment', 'gov-process', 'gov-condition', 'gov-timer', 'gov-integration'];

/**
 * A bpmn-js Modeler for govflow processes: the `gov:` moddle extension, the properties panel with the
 * `gov:` provider, the designer's palette and context pad, all in Chinese.
 */
export function createModeler(canvas: HTMLElement, panel: HTMLElement): Modeler {
  const options = {
    container: canvas,
    propertiesPanel: {
      parent: panel,
      // The `gov:` settings an administrator fills in for every step are open from the start.
      layout: { groups: Object.fromEntries(OPEN_GROUPS.map((id) => [id, { open: true }])) },
    },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      translateModule,
      govContextModule,
      govPropertiesModule,
      govPaletteModule,
    ],
    moddleExtensions: { gov: govModdleDescriptor },
  };
  return new Modeler(options as ConstructorParameters<typeof Modeler>[0]);
}
