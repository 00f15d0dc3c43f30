import descriptor from './gov.json' with { type: 'json' };

/** The bpmn-moddle extension for govflow's `gov:` attributes (shared by engine, designer and lint rules). */
export const govModdleDescriptor = descriptor;

/** The XML namespace of the `gov:` attributes. */
export const GOV_NAMESPACE_URI = descriptor.uri;

/** The names of every `gov:` attribute, by the BPMN type it extends. */
export const GOV_ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map(
  descriptor.types.flatMap((type) => type.extends.map((base) => [base, type.properties.map((p) => p.name)] as const)),
);
