// JSON as a user wrote it. JSON.parse's messages quote the text (which may hold a secret not yet
// masked) and often give no position; and of two equal keys in one object it keeps the last
// without a word. A scanner over the text says where it stops being JSON, and finds a key an
// object holds twice. JSON.parse stays the judge of what the value is.

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A key one object holds twice. */
export interface DuplicateKey {
  /** Where the key is, as config-file names keys: 'MemorySize', 'functions[0].memory-size'. */
  readonly path: string;
  readonly firstLine: number;
  readonly secondLine: number;
}

/** Text that is not JSON: the message says where, and what was wanted there; never what is. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';

  constructor(
    readonly at: TextPosition | undefined,
    problem: string | undefined,
  ) {
    const where = at === undefined ? '' : ` (at line ${at.line} column ${at.column})`;
    super(`is not valid JSON${where}${problem === undefined ? '' : `: ${problem}`}`);
  }
}

/** JSON.parse's value; a JsonSyntaxError that says only where, when the text is not JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const scan = new JsonScanner(text);
    if (scan.run()) throw new JsonSyntaxError(undefined, undefined);
    throw new JsonSyntaxError(positionAt(text, scan.at), scan.problem);
  }
}

/** The first key an object of `text` (JSON that JSON.parse accepted) holds twice. */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const scan = new JsonScanner(text);
  scan.run();
  return scan.duplicate;
}

/** Line and column (from 1, in UTF-16 units as JSON.parse counts) of `offset` in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** An object or array the scanner is inside. */
interface Frame {
  readonly path: string;
  /** An object's keys so far, each with the line it is on; undefined for an array. */
  readonly keys: Map<string, number> | undefined;
  /** The key whose value comes next, or the index of the array's next element. */
  member: string | number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

type Step = 'opened' | 'complete' | 'error';

/** Walks the text by JSON's grammar, without recursion, so any depth is safe. */
class JsonScanner {
  /** Where the scan is, or, once it has failed, where the text stops being JSON. */
  at = 0;
  /** What the grammar wanted where the text stops being JSON. */
  problem: string | undefined;
  duplicate: DuplicateKey | undefined;
  private line = 1;
  private readonly stack: Frame[] = [];

  constructor(private readonly text: string) {}

  /** True when the whole text is one JSON value. */
  run(): boolean {
    this.space();
    for (;;) {
      const read = this.value();
      if (read === 'error') return false;
      if (read === 'opened') continue;
      const next = this.afterValue();
      if (next === 'error') return false;
      if (next === 'end') {
        return this.at === this.text.length || this.fail('more text after the value');
      }
    }
  }

  /** Notes what was wanted where the scan stopped; false, for `return this.fail(...)`. */
  private fail(problem: string): false {
    this.problem = problem;
    return false;
  }

  /** A value, or the opening of an object or array up to where its first value starts. */
  private value(): Step {
    const char = this.text[this.at];
    if (char === '{' || char === '[') return this.open(char);
    if (char === '"') return this.string() === undefined ? 'error' : 'complete';
    if (this.match(char === '-' || isDigit(char) ? NUMBER : LITERAL) !== undefined) {
      return 'complete';
    }
    this.fail(char === undefined ? 'the text ends where a value should be' : 'expected a value');
    return 'error';
  }

  private open(char: '{' | '['): Step {
    const parent = this.stack.at(-1);
    const frame: Frame = {
      path: parent === undefined ? '' : memberPath(parent),
      keys: char === '{' ? new Map() : undefined,
      member: char === '{' ? '' : 0,
    };
    this.at++;
    this.space();
    if (this.text[this.at] === (char === '{' ? '}' : ']')) {
      this.at++;
      return 'complete';
    }
    this.stack.push(frame);
    if (char === '{' && !this.key(frame)) return 'error';
    return 'opened';
  }

  /** After a complete value: commas, closing brackets and keys, up to the next value. */
  private afterValue(): 'value' | 'end' | 'error' {
    for (;;) {
      this.space();
      const frame = this.stack.at(-1);
      if (frame === undefined) return 'end';
      const char = this.text[this.at];
      if (char === ',') {
        this.at++;
        this.space();
        if (typeof frame.member === 'number') {
          frame.member++;
          return 'value';
        }
        return this.key(frame) ? 'value' : 'error';
      }
      const close = frame.keys === undefined ? ']' : '}';
      if (char !== close) {
        this.fail(`expected ',' or '${close}'`);
        return 'error';
      }
      this.at++;
      this.stack.pop();
    }
  }

  /** A key, its colon, and the space up to its value; a key seen before is noted. */
  private key(frame: Frame): boolean {
    if (this.text[this.at] !== '"') return this.fail('expected a key in double quotes');
    const token = this.string();
    if (token === undefined) return false;
    // A valid JSON string: JSON.parse undoes its escapes, so "\u0061" is the key "a".
    const name = JSON.parse(token) as string;
    const first = frame.keys?.get(name);
    if (first === undefined) frame.keys?.set(name, this.line);
    frame.member = name;
    if (first !== undefined && this.duplicate === undefined) {
      this.duplicate = { path: memberPath(frame), firstLine: first, secondLine: this.line };
    }
    this.space();
    if (this.text[this.at] !== ':') return this.fail("expected ':' after the key");
    this.at++;
    this.space();
    return true;
  }

  /** A string token, escapes checked; on failure `at` is at the character that is wrong. */
  private string(): string | undefined {
    const start = this.at;
    this.at++;
    for (;;) {
      const problem = this.stringCharacter();
      if (problem === 'closed') return this.text.slice(start, this.at);
      if (problem !== undefined) {
        this.fail(problem);
        return undefined;
      }
    }
  }

  /** Steps over one character (or escape) of a string: 'closed' at its end, else what is wrong. */
  private stringCharacter(): string | undefined {
    const code = this.text.charCodeAt(this.at);
    if (Number.isNaN(code)) return 'a string is not closed';
    if (code < 0x20) return 'a string holds a line break or other control character unescaped';
    this.at++;
    if (code === 0x22) return 'closed';
    if (code === 0x5c && !this.escape()) return 'a backslash in a string starts no escape JSON has';
    return undefined;
  }

  private escape(): boolean {
    const char = this.text[this.at] ?? '';
    if (char !== '' && '"\\/bfnrt'.includes(char)) {
      this.at++;
      return true;
    }
    if (char !== 'u' || !/^[\da-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5))) {
      return false;
    }
    this.at += 5;
    return true;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.text)?.[0];
    if (found !== undefined) this.at += found.length;
    return found;
  }

  /** JSON's white space; line breaks are only ever here (a string cannot hold one). */
  private space(): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === '\n') this.line++;
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
      this.at++;
    }
  }
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function memberPath(frame: Frame): string {
  if (typeof frame.member === 'number') return `${frame.path}[${frame.member}]`;
  return frame.path === '' ? frame.member : `${frame.path}.${frame.member}`;
}
