/**
 * Whether a link stored at `name` (a path inside the zip, '/'-separated) with the target
 * text `target` would point outside the directory the zip is unpacked into: an absolute
 * target, or '..' steps that climb above the root at any point. Backslashes count as
 * separators too, as some unzip tools read them so.
 */
export function linkLeavesRoot(name: string, target: string): boolean {
  if (target === '' || /^(?:[/\\]|[a-zA-Z]:)/.test(target)) return true;
  const steps = [...name.split('/').slice(0, -1), ...target.split(/[/\\]/)];
  let depth = 0;
  for (const step of steps) {
    if (step === '..') depth--;
    else if (step !== '.' && step !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}
