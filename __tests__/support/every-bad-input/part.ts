// Runs a part of the bad-input table (rows.ts) as every-bad-input-<n>.test.ts: the table is
// split by input into parts of about as many rows, one file each, so that vitest runs them
// on several workers at once. Each row runs dist/index.js behind a proxy of its own, which
// must see no request.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, type DeployRun } from '../action-run.js';
import { motoEndpoint } from '../aws.js';
import { FaultProxy } from '../fault-proxy.js';
import { mapLimited } from '../map-limited.js';
import { INPUT_NAMES } from '../../../src/inputs/schema.js';
import { FUNCTION, ROWS, writeWorkspace, type BadInput } from './rows.js';

/** How many files the table is split into: every-bad-input-1.test.ts to -<PARTS>.test.ts. */
export const PARTS = 4;

const E2E = path.resolve(import.meta.dirname, '../../e2e');

/**
 * How many runs go at once. Rows of one input run together inside one test: runDeployAction
 * registers its temp directories with the global onTestFinished, which `describe.concurrent`
 * would attach to whichever test happens to be current, so tests themselves stay sequential.
 */
const PARALLEL_RUNS = 4;

let workspace: string | undefined;

interface RowRun {
  readonly run: DeployRun;
  /** What reached the row's own proxy: "METHOD /path" for each request. */
  readonly requests: readonly string[];
}

/** Runs the action on `row` behind a proxy of its own, so every request is the row's. */
async function runRow(row: BadInput): Promise<RowRun> {
  if (workspace === undefined) throw new Error('beforeAll did not run');
  const proxy = await FaultProxy.start(motoEndpoint());
  try {
    const run = await runDeployAction(
      workspace,
      { 'function-name': FUNCTION, source: 'app', ...row.inputs },
      proxy.endpoint,
      // V8's code cache for dist/index.js, shared by the rows: a third less start-up time.
      { env: { NODE_COMPILE_CACHE: path.join(workspace, '.node-compile-cache'), ...row.env } },
    );
    return { run, requests: proxy.requests.map((request) => `${request.method} ${request.path}`) };
  } finally {
    await proxy.stop();
  }
}

/** Soft assertions, so that every failing row of a group is reported, each by its problem. */
function expectRejected(row: BadInput, { run, requests }: RowRun): void {
  const about = (what: string) => `${row.problem}: ${what}\n${runOutput(run)}`;
  expect.soft(run.exitCode, about('exit code')).toBe(1);
  expect.soft(run.errors, about('error messages')).toHaveLength(1);
  const message = run.errors[0] ?? '';
  const named = `Input '${row.input}': `;
  expect.soft(message.slice(0, named.length), about('names the input')).toBe(named);
  expect.soft(message, about('says what is accepted or wrong')).toContain(row.says);
  expect.soft(requests, about('AWS requests')).toEqual([]);
}

/** The rows of each input, in the table's order. */
function byInput(rows: readonly BadInput[]): [string, BadInput[]][] {
  const groups = new Map<string, BadInput[]>();
  for (const row of rows) groups.set(row.input, [...(groups.get(row.input) ?? []), row]);
  return [...groups];
}

/**
 * The inputs of part `part` (1 to PARTS) with their rows: the table's inputs in order, cut
 * where the running count of rows passes each part's share. Every input is in exactly one part.
 */
export function partOfTable(part: number): [string, BadInput[]][] {
  const groups = byInput(ROWS);
  let before = 0;
  return groups.filter(([, rows]) => {
    const middle = before + rows.length / 2;
    before += rows.length;
    return Math.min(PARTS, Math.floor((middle * PARTS) / ROWS.length) + 1) === part;
  });
}

/** The tests of part `part` (1 to PARTS) of the table, in a file of their own. */
export function describeBadInputs(part: number): void {
  const groups = partOfTable(part);
  const count = groups.reduce((sum, [, rows]) => sum + rows.length, 0);
  /** Rows run and AWS requests seen during them, for the check after the table. */
  const tally = { rows: 0, requests: 0 };

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-every-bad-input-'));
    await writeWorkspace(workspace);
  });

  afterAll(async () => {
    if (workspace !== undefined) await rm(workspace, { recursive: true, force: true });
  });

  describe(`${count} bad inputs (part ${part} of ${PARTS}), each failing before any AWS request`, () => {
    it.each(groups.map(([input, rows]) => ({ input, rows, count: rows.length })))(
      '$input: $count bad values',
      async ({ rows }) => {
        const runs = await mapLimited(rows, PARALLEL_RUNS, runRow);

        rows.forEach((row, index) => {
          const rowRun = runs[index];
          if (rowRun === undefined) throw new Error(`no run for ${row.problem}`);
          tally.rows++;
          tally.requests += rowRun.requests.length;
          expectRejected(row, rowRun);
        });
      },
    );
  });

  describe('after the table', () => {
    it(`saw 0 AWS requests over the ${count} bad inputs of part ${part}`, () => {
      expect(tally.rows).toBe(count);
      expect(tally.requests).toBe(0);
    });
  });
}

/** The checks of the table as a whole, in the first part's file. */
export function describeWholeTable(): void {
  describe(`the table of ${ROWS.length} bad inputs`, () => {
    it('has a row for every input of the schema (which writes action.yml), and names only inputs it declares', () => {
      expect([...new Set(ROWS.map((row) => row.input))].sort()).toEqual([...INPUT_NAMES].sort());
      for (const row of ROWS) {
        for (const name of Object.keys(row.inputs)) expect(INPUT_NAMES).toContain(name);
      }
    });

    it(`puts each of its inputs in exactly one of the ${PARTS} parts, with every row`, () => {
      const parts = Array.from({ length: PARTS }, (_, index) => partOfTable(index + 1));
      const inputs = parts.flat().map(([input]) => input);
      expect(new Set(inputs).size).toBe(inputs.length);
      expect(parts.flat().flatMap(([, rows]) => rows)).toHaveLength(ROWS.length);
      for (const part of parts) expect(part.length).toBeGreaterThan(0);
    });

    it(`is run by one file for each of its ${PARTS} parts`, async () => {
      const files = (await readdir(E2E)).filter((file) => file.startsWith('every-bad-input'));
      expect(files.sort()).toEqual(
        Array.from({ length: PARTS }, (_, index) => `every-bad-input-${index + 1}.test.ts`).sort(),
      );
      for (const file of files) {
        expect(await readFile(path.join(E2E, file), 'utf8')).toContain(
          `describeBadInputs(${Number(/-(\d+)\./.exec(file)?.[1])})`,
        );
      }
    });
  });
}
