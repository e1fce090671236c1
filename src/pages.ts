// Lists that come in pages. The SDK's paginators follow NextMarker for as long as it comes:
// a service (or a proxy) that answers the same marker again would keep them going forever.
import { DeployError } from './errors.js';

/** More pages than any function's versions, aliases or configs fill (50 a page at least). */
export const MAX_PAGES = 1_000;

export interface Page<T> {
  readonly items: readonly T[];
  /** The marker of the next page; undefined or '' on the last. */
  readonly next: string | undefined;
}

/** A listing that would not end: a marker given twice, or more than MAX_PAGES pages. */
export class EndlessListing extends DeployError {}

/**
 * Every item of a paged list call named `call` (ListVersionsByFunction, say): stops with an
 * EndlessListing when a marker comes a second time or after MAX_PAGES pages.
 */
export async function allPages<T>(
  call: string,
  page: (marker: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let marker: string | undefined;
  for (let count = 1; ; count++) {
    const answer = await page(marker);
    items.push(...answer.items);
    if (answer.next === undefined || answer.next === '') return items;
    if (seen.has(answer.next)) {
      throw new EndlessListing(
        `${call} answered page ${count} with a NextMarker it had given before: the listing loops, so it was stopped`,
      );
    }
    if (count >= MAX_PAGES) {
      throw new EndlessListing(
        `${call} still had more after ${MAX_PAGES} pages, more than any function has: the listing was stopped`,
      );
    }
    seen.add(answer.next);
    marker = answer.next;
  }
}
