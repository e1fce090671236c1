import { NEW_VERSION, type Routing } from '../../plan/deploy-plan.js';

/**
 * The planned routing with the version this run published in place of NEW_VERSION. Lambda
 * may answer PublishVersion with a version that already is the primary: it then has it all.
 */
export function resolveRouting(planned: Routing, published: string): Routing {
  const resolve = (version: string) => (version === NEW_VERSION ? published : version);
  const version = resolve(planned.version);
  const weights = Object.fromEntries(
    Object.entries(planned.weights)
      .map(([other, weight]) => [resolve(other), weight] as const)
      .filter(([other]) => other !== version),
  );
  return { version, weights };
}
