import * as core from '@actions/core';

const known = new Set<string>();

/**
 * Shorter values ('true', 'prod') are masked by the runner but not redacted here: they would
 * garble function names and paths in the message, and no credential is that short.
 */
const REDACTED_MIN_LENGTH = 8;

/**
 * Masks `value` in the runner's log (core.setSecret) and remembers it, so that text the
 * action prints itself, such as an AWS error quoting its request, can be redacted first.
 */
export function keepSecret(value: string): void {
  if (value.trim() === '') return;
  core.setSecret(value);
  if (value.length >= REDACTED_MIN_LENGTH) known.add(value);
}

/** `text` with every secret seen so far replaced by ***. */
export function redact(text: string): string {
  const longestFirst = [...known].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((redacted, secret) => redacted.split(secret).join('***'), text);
}
