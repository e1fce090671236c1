import * as core from '../../src/runner/commands.js';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { defuseCommands, safeLogger } from '../../src/log-safety.js';
import { runnerCommandsIn, runnerLines } from '../support/runner-commands.js';

/** The command the runner would read in `line`, or undefined. */
function runnerCommand(line: string): string | undefined {
  return runnerCommandsIn(line)[0];
}

const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

/** The lines the runner reads from what was written: split at \n, \r and \r\n. */
function printedLines(): string[] {
  const text = stdout.mock.calls.map(([chunk]) => String(chunk)).join('');
  return runnerLines(text).filter((line) => line !== '');
}

afterEach(() => {
  stdout.mockClear();
});

// The worker runs other files after this one (isolate: false in vitest.config.ts).
afterAll(() => {
  stdout.mockRestore();
});

const HOSTILE = [
  'x\n::warning::pwned',
  '::add-mask::abc',
  '  ::error::x',
  '\t::set-output name=function-arn::evil',
  '##[error]x',
  'a path with ##[warning]in the middle',
  '%0A::warning::',
  'first\r::warning::after a carriage return',
  'first\r\n::stop-commands::token',
  '\u200B::warning::behind a zero-width space',
  '\u00A0\u2003::notice::behind Unicode spaces',
  '\u2028::warning::behind a line separator',
  ':\u200B:warning::split by a zero-width space',
  '#\u200B#[error]split by a zero-width space',
  'Description: x\n::warning::from-aws -> ok\n  ##[error]injected\n::endgroup::',
];

describe('safeLogger(core).info', () => {
  const log = safeLogger(core);

  it.each(HOSTILE)('prints no line the runner reads as a command: %j', (message) => {
    log.info(message);
    const lines = printedLines();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => runnerCommand(line) !== undefined)).toEqual([]);
  });

  it('keeps the text readable: a defused line shows with a backslash in front', () => {
    log.info('x\n::warning::pwned\n##[error]y');
    expect(printedLines()).toEqual(['x', '\\::warning::pwned', '##[\\error]y']);
  });

  it('leaves ordinary lines as they are, :: in the middle of a line included', () => {
    const message = 'Package /tmp/a.zip: 12 bytes\nAlias live: 7 (90 %) / 8 (10 %)\nkey a::b';
    log.info(message);
    expect(printedLines()).toEqual(message.split('\n'));
  });

  it('keeps the line breaks the message had', () => {
    expect(defuseCommands('a\r\n::b::c\rd\n')).toBe('a\r\n\\::b::c\rd\n');
  });
});

describe("the runner's commands (runner/commands.ts) escape their data into one line", () => {
  it('warning: one ::warning:: command, whatever the message holds', () => {
    safeLogger(core).warning('a\n::error::b\r##[error]c%0A');
    expect(printedLines()).toEqual(['::warning::a%0A::error::b%0D##[error]c%250A']);
    expect(printedLines().map(runnerCommand)).toEqual(['warning']);
  });

  it('group: one ::group:: command, so a layer name cannot add a line', async () => {
    await core.group('Layer x\n::warning::y', () => Promise.resolve());
    expect(printedLines()).toEqual(['::group::Layer x%0A::warning::y', '::endgroup::']);
  });

  it('setFailed: one ::error:: command', () => {
    core.setFailed('failed\n::add-mask::x');
    process.exitCode = undefined;
    expect(printedLines()).toEqual(['::error::failed%0A::add-mask::x']);
  });
});
