// The known key closest to a misspelt one, to name in "did you mean ...".

/** The key of `known` nearest to `name` (case aside), when it is near enough to be a slip. */
export function nearestKey(name: string, known: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  // A key cut short ('Memory' for MemorySize) is a slip too.
  const longer = known.filter(
    (key) => wanted.length >= 4 && key.toLowerCase().startsWith(wanted) && key !== name,
  );
  if (longer.length === 1) return longer[0];
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(wanted, key.toLowerCase());
    if (best === undefined || distance < best.distance) best = { key, distance };
  }
  if (best === undefined) return undefined;
  // A slip changes a few letters; a wholly other word is no suggestion.
  const allowed = Math.max(2, Math.floor(Math.max(name.length, best.key.length) / 3));
  return best.distance <= allowed ? best.key : undefined;
}

/** Levenshtein distance, with one row kept. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
