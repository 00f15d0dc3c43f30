/** A small least-recently-used cache of compiled validators, keyed by an explicit key or by schema identity. */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  #maxEntries: number;
  readonly #onEvict: (key: K, value: V) => void;

  constructor(maxEntries: number, onEvict: (key: K, value: V) => void = () => undefined) {
    this.#maxEntries = checkSize(maxEntries);
    this.#onEvict = onEvict;
  }

  /** How many entries are held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The most entries kept before the least recently used one is dropped. */
  get maxEntries(): number {
    return this.#maxEntries;
  }

  set maxEntries(value: number) {
    this.#maxEntries = checkSize(value);
    this.#trim();
  }

  /** The value for a key, marking it recently used. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores a value, dropping the least recently used entries beyond the bound. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#trim();
  }

  /** Drops every entry (each one is passed to the eviction callback). */
  clear(): void {
    for (const [key, value] of this.#entries) this.#onEvict(key, value);
    this.#entries.clear();
  }

  #trim(): void {
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as K;
      const value = this.#entries.get(oldest) as V;
      this.#entries.delete(oldest);
      this.#onEvict(oldest, value);
    }
  }
}

function checkSize(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError('cache size must be a positive integer');
  return value;
}
