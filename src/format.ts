/** Byte counts and durations as people read them in logs and the job summary. */

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  // 1023.95 and up would print as 1024.0 of the smaller unit.
  while (value >= 1023.95 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const exact = formatCount(bytes);
  return unit === 0
    ? `${exact} bytes`
    : `${value.toFixed(1)} ${units[unit] ?? ''} (${exact} bytes)`;
}

/** A short size, for progress lines: "12.3 MiB". */
export function formatMebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatCount(count: number): string {
  // As toLocaleString('en-US') writes a whole number, without loading ICU's data for it
  // (tens of milliseconds of a run that changes nothing).
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function formatSeconds(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  return milliseconds < 1000 ? `${milliseconds} ms` : `${seconds.toFixed(1)} s`;
}
