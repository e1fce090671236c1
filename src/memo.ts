/** The promise `work` made for `key` the first time it was asked for; `work` runs once per key. */
export function memo<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = work();
    cache.set(key, entry);
  }
  return entry;
}
