/** Schema facts checked before ajv compiles, so a hostile schema fails with a clear Chinese message. */

/** Deepest nesting of a form schema (real forms stay far below it). */
export const MAX_SCHEMA_DEPTH = 128;

type Node = Record<string, unknown>;

const SINGLE = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SINGLE_MORE = ['unevaluatedItems', 'unevaluatedProperties', 'items'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'items', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies'];
/** Applicators that apply a subschema to the same value (not to a child): a cycle through them never ends. */
const IN_PLACE_SINGLE = ['not', 'if', 'then', 'else'];
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_MAPS = ['dependentSchemas', 'dependencies'];

/**
 * Returns the problems that make a schema unsafe to compile or run, in Chinese: nesting deeper than
 * {@link MAX_SCHEMA_DEPTH}, a `format` nobody defined, and a `$ref` cycle that does not descend into the data
 * (e.g. `{ "$ref": "#" }` or `allOf: [{ "$ref": "#" }]`), which would recurse forever. Recursion through
 * `properties` or `items` is fine: the data is finite and its depth is bounded before validation.
 */
export function findSchemaProblems(schema: unknown, knownFormat: (name: string) => boolean): string[] {
  const problems: string[] = [];
  const pointers = new Map<string, Node>();
  const nodes: { node: Node; pointer: string }[] = [];
  const seen = new Set<Node>();
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: schema, pointer: '#', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop() as { value: unknown; pointer: string; depth: number };
    if (!isNode(value)) continue;
    pointers.set(pointer, value);
    if (seen.has(value)) continue;
    seen.add(value);
    nodes.push({ node: value, pointer });
    if (depth > MAX_SCHEMA_DEPTH) {
      problems.push(`申请表定义嵌套过深（超过 ${MAX_SCHEMA_DEPTH} 层，位置 ${pointer.slice(0, 80)}…）`);
      return problems;
    }
    const format = value['format'];
    if (typeof format === 'string' && !knownFormat(format)) problems.push(`未知的格式“${format}”（位置 ${pointer}）`);
    for (const [child, childPointer] of children(value, pointer))
      stack.push({ value: child, pointer: childPointer, depth: depth + 1 });
  }
  const cycle = findInPlaceCycle(nodes, pointers);
  if (cycle) problems.push(`申请表定义存在无限循环引用（${cycle.join(' → ')}）`);
  return problems;
}

function children(node: Node, pointer: string): [unknown, string][] {
  const out: [unknown, string][] = [];
  for (const key of [...SINGLE, ...SINGLE_MORE]) if (isNode(node[key])) out.push([node[key], `${pointer}/${key}`]);
  for (const key of LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((item, i) => out.push([item, `${pointer}/${key}/${i}`]));
  }
  for (const key of MAPS) {
    const map = node[key];
    if (!isNode(map)) continue;
    for (const [name, child] of Object.entries(map)) out.push([child, `${pointer}/${key}/${escape(name)}`]);
  }
  return out;
}

function inPlaceTargets(node: Node, pointers: Map<string, Node>): Node[] {
  const out: Node[] = [];
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#')) {
    const target = pointers.get(normalizePointer(ref));
    if (target) out.push(target);
  }
  for (const key of IN_PLACE_SINGLE) if (isNode(node[key])) out.push(node[key] as Node);
  for (const key of IN_PLACE_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) for (const item of list) if (isNode(item)) out.push(item);
  }
  for (const key of IN_PLACE_MAPS) {
    const map = node[key];
    if (isNode(map)) for (const child of Object.values(map)) if (isNode(child)) out.push(child);
  }
  return out;
}

/** Iterative depth-first search for a cycle among in-place edges; returns the pointers along it. */
function findInPlaceCycle(nodes: { node: Node; pointer: string }[], pointers: Map<string, Node>): string[] | undefined {
  const pointerOf = new Map(nodes.map(({ node, pointer }) => [node, pointer]));
  const state = new Map<Node, 1 | 2>();
  for (const { node: start } of nodes) {
    if (state.has(start)) continue;
    const path: { node: Node; targets: Node[]; next: number }[] = [];
    state.set(start, 1);
    path.push({ node: start, targets: inPlaceTargets(start, pointers), next: 0 });
    while (path.length > 0) {
      const top = path[path.length - 1] as { node: Node; targets: Node[]; next: number };
      const target = top.targets[top.next];
      top.next += 1;
      if (target === undefined) {
        state.set(top.node, 2);
        path.pop();
      } else if (state.get(target) === 1) {
        const from = path.findIndex((p) => p.node === target);
        return [...path.slice(from).map((p) => pointerOf.get(p.node) ?? '?'), pointerOf.get(target) ?? '?'];
      } else if (!state.has(target)) {
        state.set(target, 1);
        path.push({ node: target, targets: inPlaceTargets(target, pointers), next: 0 });
      }
    }
  }
  return undefined;
}

function normalizePointer(ref: string): string {
  const raw = ref === '#' || ref === '#/' ? '#' : ref;
  try {
    return decodeURIComponent(raw).replace(/\/$/, '');
  } catch {
    return raw;
  }
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
