import type { LayerVersion } from '../aws/lambda-layer.js';
import type { DeploymentPackage } from '../package/package-contents.js';

import { type DeployableCode, type UploadRoute } from '../resources/code/plan.js';

/** What the run built, with the way each package travels to Lambda. */
export interface Built {
  readonly deployable: DeployableCode;
  readonly layerPackage:
    | {
        readonly pkg: DeploymentPackage;
        readonly upload: UploadRoute;
        /** The version the function's record names, when the tree was not built. */
        readonly recorded?: LayerVersion | undefined;
      }
    | undefined;
}
