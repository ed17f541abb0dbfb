import { deepFreeze } from './internal/deep-freeze.js';
import { DATA_RELEASED, DATA_VERSION, HOMEPAGE, LICENSE, PACKAGE_NAME, PACKAGE_VERSION } from './generated/meta.generated.js';

/**
 * Facts about this release. Cite `dataVersion`: it changes only when the
 * data changes, while `packageVersion` also moves with tooling releases.
 *
 * @example
 * ```ts
 * meta.dataVersion; //=> '0.1.0'
 * ```
 */
export const meta = /* @__PURE__ */ deepFreeze({
  /** The npm package name. */
  name: PACKAGE_NAME,
  /** Version of the data: what people cite. */
  dataVersion: DATA_VERSION,
  /** Version of the npm package. */
  packageVersion: PACKAGE_VERSION,
  /** Date the data version was released (ISO 8601). */
  released: DATA_RELEASED,
  /** SPDX licence expression of the package (code MIT, data CC BY 4.0). */
  license: LICENSE,
  /** Where the package is published. */
  homepage: HOMEPAGE,
});

/** Facts about this release (the type of `meta`). */
export type Meta = typeof meta;
