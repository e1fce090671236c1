import type { DeploymentPackage } from './package-contents.js';

/** The outputs a built package sets, as soon as it is built. */
export function packageOutputs(pkg: DeploymentPackage): Record<string, string> {
  return {
    'package-path': pkg.path,
    'code-sha256': pkg.sha256,
    'code-size': String(pkg.size),
  };
}
