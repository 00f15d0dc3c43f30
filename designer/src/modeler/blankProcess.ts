/**
 * The process a new item starts with: one start event (申请) with its diagram, the item's code and
 * limits written on the process. Escapes what goes into attributes.
 */
export function blankProcessXml(itemCode: string, name: string, promisedDays: number, statutoryDays: number): string {
  const id = `Process_${itemCode.replace(/[^\w]/g, '_')}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:gov="http://govflow.cn/schema/bpmn/gov" id="Definitions_${id}" targetNamespace="http://govflow.cn/process">
  <bpmn:process id="${id}" name="${escape(name)}" isExecutable="true" gov:itemCode="${escape(itemCode)}" gov:promisedDays="${promisedDays}" gov:statutoryDays="${statutoryDays}">
    <bpmn:startEvent id="start" name="申请" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${id}">
    <bpmndi:BPMNPlane id="Plane_${id}" bpmnElement="${id}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="152" y="182" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
