// The job summary: HTML (GitHub renders it as Markdown allows) appended to the file
// GITHUB_STEP_SUMMARY names, built up in a buffer and written once, as @actions/core's
// summary writes it (see commands.ts for why not that module). Text is not escaped here:
// the report escapes what it reads (report/summary-writer.ts escapeHtml).
import { constants } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** A row of cells: text, or a header cell. */
export type SummaryRow = (string | { data: string; header: true })[];

export class StepSummary {
  private buffer = '';

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  addHeading(text: string, level = 1): this {
    const tag = Number.isInteger(level) && level >= 1 && level <= 6 ? `h${level}` : 'h1';
    return this.addRaw(element(tag, text), true);
  }

  addTable(rows: SummaryRow[]): this {
    const body = rows
      .map((row) =>
        element(
          'tr',
          row
            .map((cell) =>
              typeof cell === 'string' ? element('td', cell) : element('th', cell.data),
            )
            .join(''),
        ),
      )
      .join('');
    return this.addRaw(element('table', body), true);
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? text + EOL : text;
    return this;
  }

  /** Appends what was added to the summary file, and starts afresh. */
  async write(): Promise<void> {
    const file = this.env['GITHUB_STEP_SUMMARY'] ?? '';
    if (file === '') {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    }
    try {
      await access(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
      );
    }
    await appendFile(file, this.buffer, 'utf8');
    this.buffer = '';
  }
}

function element(tag: string, content: string): string {
  return `<${tag}>${content}</${tag}>`;
}

/** The step's summary, one buffer for every writer, as the runner keeps one file. */
export const summary = new StepSummary();
