/**
 * English for the few bpmn-js texts whose govflow meaning differs from bpmn-js's own words (the
 * palette creates approval steps, timers and joint approvals); every other text stays bpmn-js's English.
 */
export const EN_MODELER: Readonly<Record<string, string>> = {
  'Create user task': 'Create approval step (user task)',
  'Append user task': 'Append approval step',
  'Create parallel gateway': 'Create parallel gateway (joint approval)',
  'Create timer': 'Create timer (wait)',
  'Append timer intermediate catch event': 'Append timer (wait)',
  'User Task': 'Approval step (user task)',
  'Parallel multi-instance': 'Parallel multi-instance (countersign)',
  'Sequential multi-instance': 'Sequential multi-instance (countersign one by one)',
  'A time duration defined as ISO 8601 durations format.':
    'A time duration in ISO 8601 format, e.g. P3D for 3 working days.',
};
