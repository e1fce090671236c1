import type { SummaryWriter } from '../../../src/report/summary-writer.js';

/** A SummaryWriter that keeps what was written: headings, raw text and table rows. */
export class RecordingSummary implements SummaryWriter {
  readonly headings: string[] = [];
  readonly raw: string[] = [];
  readonly rows: string[][] = [];
  written = 0;

  addHeading(text: string): this {
    this.headings.push(text);
    return this;
  }

  addTable(rows: (string | { data: string; header: true })[][]): this {
    for (const row of rows) {
      this.rows.push(row.map((cell) => (typeof cell === 'string' ? cell : cell.data)));
    }
    return this;
  }

  addRaw(text: string): this {
    this.raw.push(text);
    return this;
  }

  write(): Promise<void> {
    this.written++;
    return Promise.resolve();
  }

  /** The value of the row labelled `item`; undefined without one. */
  cell(item: string): string | undefined {
    return this.rows.find((row) => row[0] === item)?.[1];
  }

  /** The items of the Plan list, as the summary shows them (HTML-escaped). */
  planItems(): string[] {
    const list = this.raw.find((text) => text.startsWith('<ul>')) ?? '';
    return [...list.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1] ?? '');
  }
}
