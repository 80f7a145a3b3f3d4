/**
 * A map that keeps at most `capacity` entries, dropping the one least recently used: the memory
 * of a long run stays flat however many different keys it sees.
 */
export class BoundedCache<Key, Value> {
  // A Map iterates in insertion order; every read re-inserts its key, so the first is the stalest.
  readonly #entries = new Map<Key, Value>()

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#entries.size
  }

  get(key: Key): Value | undefined {
    const value = this.#entries.get(key)
    if (value === undefined) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, value)
    return value
  }

  set(key: Key, value: Value): void {
    this.#entries.delete(key)
    this.#entries.set(key, value)
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as Key)
  }
}
