// Figures and tables for the benchmarks' printed reports.

/** 10^6 bytes: the unit of the benchmark reports. */
export const MB = 1_000_000;

export const megabytes = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
export const secondsText = (seconds) => `${seconds.toFixed(3)} s`;

/** Rows of equal-length string arrays as aligned columns, indented by two spaces. */
export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('   ')}`.trimEnd(),
    )
    .join('\n');
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
