/** A light event as the SSE stream sends it. */
export interface LightEvent {
  readonly caseId: string;
  readonly light: string;
  readonly steps: readonly { readonly light: string }[];
}

/**
 * Reads an SSE stream until a light event of every case in `cases` arrived (or `timeoutMs` of real time
 * passed), noting each first arrival as `now()` (the business clock) and its step lights.
 */
export async function collectLightEvents(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  cases: ReadonlySet<string>,
  now: () => number,
  timeoutMs: number,
): Promise<Map<string, { at: number; steps: readonly string[] }>> {
  const decoder = new TextDecoder();
  const deadline = Date.now() + timeoutMs;
  const arrived = new Map<string, { at: number; steps: readonly string[] }>();
  let buffer = '';
  while (arrived.size < cases.size && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), Math.max(1, deadline - Date.now())).unref(),
      ),
    ]);
    if (chunk === 'timeout' || chunk.done) break;
    const at = now();
    buffer += decoder.decode(chunk.value, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = /^event: light\ndata: (.*)$/m.exec(block)?.[1];
      if (!data) continue;
      const event = JSON.parse(data) as LightEvent;
      if (cases.has(event.caseId) && !arrived.has(event.caseId)) {
        arrived.set(event.caseId, { at, steps: event.steps.map((s) => s.light) });
      }
    }
  }
  return arrived;
}
