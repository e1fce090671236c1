/** One setting that differs; environment values are never shown, only names. */
export interface SettingChange {
  readonly setting: string;
  readonly from: string;
  readonly to: string;
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/** Objects compared regardless of key order; arrays (layer order matters) as they are. */
function normalize(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

export function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
