// The action speaks the runner's protocol itself (src/runner/), not through @actions/core,
// whose start-up cost is an HTTP client. What it prints and writes must be what
// @actions/core prints and writes for the same calls, byte for byte but the delimiters (a
// new random UUID each), so the runner reads it the same way.
import * as core from '@actions/core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../src/runner/commands.js';
import { StepSummary } from '../../src/runner/summary.js';

let directory: string;
let printed: string[];

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-runner-'));
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

/** What `work` prints to stdout. */
async function printedBy(work: () => unknown): Promise<string> {
  printed = [];
  await work();
  return printed.join('');
}

const AWKWARD = 'a%b\r\nc::d,e:f\n::error::x';

describe('the commands, printed as @actions/core prints them', () => {
  it.each([
    [
      'info',
      (m: string) => {
        runner.info(m);
      },
      (m: string) => {
        core.info(m);
      },
    ],
    [
      'warning',
      (m: string) => {
        runner.warning(m);
      },
      (m: string) => {
        core.warning(m);
      },
    ],
    [
      'notice',
      (m: string) => {
        runner.notice(m);
      },
      (m: string) => {
        core.notice(m);
      },
    ],
    [
      'error',
      (m: string) => {
        runner.error(m);
      },
      (m: string) => {
        core.error(m);
      },
    ],
    [
      'setSecret',
      (m: string) => {
        runner.setSecret(m);
      },
      (m: string) => {
        core.setSecret(m);
      },
    ],
  ])('%s', async (_name, ours, theirs) => {
    for (const message of ['plain', '', AWKWARD]) {
      expect(
        await printedBy(() => {
          ours(message);
        }),
      ).toBe(
        await printedBy(() => {
          theirs(message);
        }),
      );
    }
  });

  it('group, around work that prints and fails', async () => {
    const work = () => {
      process.stdout.write('inside\n');
      return Promise.reject(new Error('x'));
    };
    const ours = await printedBy(() => runner.group(AWKWARD, work).catch(() => undefined));
    const theirs = await printedBy(() => core.group(AWKWARD, work).catch(() => undefined));
    expect(ours).toBe(theirs);
    expect(ours.split('\n')).toHaveLength(4);
  });

  it('setFailed: the same error line, and the exit code 1', async () => {
    const ours = await printedBy(() => {
      runner.setFailed(AWKWARD);
    });
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(
      await printedBy(() => {
        core.setFailed(AWKWARD);
      }),
    );
  });

  it('setOutput and saveState without the files: the legacy commands', async () => {
    vi.stubEnv('GITHUB_OUTPUT', '');
    vi.stubEnv('GITHUB_STATE', '');
    for (const [ours, theirs] of [
      [
        () => {
          runner.setOutput('name', AWKWARD);
        },
        () => {
          core.setOutput('name', AWKWARD);
        },
      ],
      [
        () => {
          runner.saveState('name', AWKWARD);
        },
        () => {
          core.saveState('name', AWKWARD);
        },
      ],
    ] as const) {
      expect(await printedBy(ours)).toBe(await printedBy(theirs));
    }
  });
});

describe('inputs, outputs and state', () => {
  it('reads an input as @actions/core does: INPUT_ and the upper-cased name, trimmed', () => {
    vi.stubEnv('INPUT_FUNCTION-NAME', '  orders-api \n');
    vi.stubEnv('INPUT_TWO_WORDS', 'x');
    for (const name of ['function-name', 'two words', 'missing']) {
      expect(runner.getInput(name), name).toBe(core.getInput(name));
    }
    expect(runner.getInput('function-name')).toBe('orders-api');
  });

  it('appends outputs and state to their files as @actions/core does', async () => {
    for (const [variable, ours, theirs] of [
      ['GITHUB_OUTPUT', runner.setOutput, core.setOutput],
      ['GITHUB_STATE', runner.saveState, core.saveState],
    ] as const) {
      const oursFile = path.join(directory, `ours-${variable}`);
      const theirsFile = path.join(directory, `theirs-${variable}`);
      await writeFile(oursFile, 'before\n');
      await writeFile(theirsFile, 'before\n');
      vi.stubEnv(variable, oursFile);
      ours('deployed', 'true');
      ours('multi', AWKWARD);
      vi.stubEnv(variable, theirsFile);
      theirs('deployed', 'true');
      theirs('multi', AWKWARD);
      const delimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'D');
      const written = await readFile(oursFile, 'utf8');
      expect(delimiters(written)).toBe(delimiters(await readFile(theirsFile, 'utf8')));
      expect(delimiters(written)).toBe(`before\ndeployed<<D\ntrue\nD\nmulti<<D\n${AWKWARD}\nD\n`);
    }
  });

  it('fails naming the file when the output file is missing', () => {
    const missing = path.join(directory, 'gone');
    vi.stubEnv('GITHUB_OUTPUT', missing);
    expect(() => {
      runner.setOutput('deployed', 'true');
    }).toThrow(`Missing file at path: ${missing}`);
  });

  it('reads the post step state from STATE_<name>', () => {
    vi.stubEnv('STATE_rollout', '{"a":1}');
    expect(runner.getState('rollout')).toBe(core.getState('rollout'));
    expect(runner.getState('none')).toBe('');
  });
});

describe('the job summary, written as @actions/core writes it', () => {
  it('headings, tables with header cells, raw text, appended to the file', async () => {
    const oursFile = path.join(directory, 'ours.md');
    const theirsFile = path.join(directory, 'theirs.md');
    await writeFile(oursFile, 'earlier step\n');
    await writeFile(theirsFile, 'earlier step\n');
    const rows = [
      [
        { data: 'Item', header: true as const },
        { data: 'Value', header: true as const },
      ],
      ['Version', '<code>8</code>'],
    ];
    const ours = new StepSummary({ GITHUB_STEP_SUMMARY: oursFile });
    await ours
      .addHeading('Lambda deploy: orders-api', 2)
      .addHeading('odd level', 9)
      .addTable(rows)
      .addRaw('raw')
      .addRaw(' line', true)
      .write();
    await ours.addRaw('second write', true).write();
    vi.stubEnv('GITHUB_STEP_SUMMARY', theirsFile);
    await core.summary
      .emptyBuffer()
      .addHeading('Lambda deploy: orders-api', 2)
      .addHeading('odd level', 9)
      .addTable(rows)
      .addRaw('raw')
      .addRaw(' line', true)
      .write();
    await core.summary.addRaw('second write', true).write();
    const written = await readFile(oursFile, 'utf8');
    expect(written).toBe(await readFile(theirsFile, 'utf8'));
    expect(written).toContain('<table><tr><th>Item</th><th>Value</th></tr>');
  });

  it('fails as @actions/core does without the variable or with an unwritable file', async () => {
    await expect(new StepSummary({}).addRaw('x').write()).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY',
    );
    const missing = path.join(directory, 'nowhere', 'summary.md');
    await expect(
      new StepSummary({ GITHUB_STEP_SUMMARY: missing }).addRaw('x').write(),
    ).rejects.toThrow(`Unable to access summary file: '${missing}'`);
  });
});
