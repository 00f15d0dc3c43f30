/** BPMN of 失业人员再就业证补办 (seed 000), written by hand with its diagram: 受理 → 审核 → 发证. */
export const REEMPLOYMENT_PROCESS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:gov="http://govflow.cn/schema/bpmn/gov"
  id="Definitions_reemployment" targetNamespace="http://govflow.cn/items">
  <bpmn:process id="reemployment-certificate-reissue" name="失业人员再就业证补办" isExecutable="true"
    gov:itemCode="JJ-RS-001" gov:promisedDays="7" gov:statutoryDays="20">
    <bpmn:startEvent id="start" name="申请">
      <bpmn:outgoing>f1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="accept" name="受理" gov:stepKind="受理" gov:timeLimit="1"
      gov:candidateGroups="street-window" gov:materials="id-card,loss-statement">
      <bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:userTask id="review" name="审核" gov:stepKind="审核" gov:timeLimit="4"
      gov:candidateGroups="district-labour" gov:signOff="true">
      <bpmn:incoming>f2</bpmn:incoming>
      <bpmn:outgoing>f3</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:userTask id="issue" name="发证" gov:stepKind="送达" gov:timeLimit="2"
      gov:candidateGroups="street-window">
      <bpmn:incoming>f3</bpmn:incoming>
      <bpmn:outgoing>f4</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="end" name="办结">
      <bpmn:incoming>f4</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="accept" />
    <bpmn:sequenceFlow id="f2" sourceRef="accept" targetRef="review" />
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="issue" />
    <bpmn:sequenceFlow id="f4" sourceRef="issue" targetRef="end" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_reemployment">
    <bpmndi:BPMNPlane id="Plane_reemployment" bpmnElement="reemployment-certificate-reissue">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="accept_di" bpmnElement="accept"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="400" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="issue_di" bpmnElement="issue"><dc:Bounds x="560" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="722" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="120" /><di:waypoint x="400" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="500" y="120" /><di:waypoint x="560" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="660" y="120" /><di:waypoint x="722" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
