import { BUGS, HOMEPAGE, LICENSE, PACKAGE_NAME, RELEASED, REPOSITORY, VERSION } from './generated/meta.generated.js';
import { deepFreeze } from './internal/deep-freeze.js';

/**
 * Facts about this release. `version` is the one version of the package and
 * its data: pin it (`npm install lt-ru-1920@<version> --save-exact`) and cite
 * it (`cite()` does).
 *
 * @example
 * ```ts
 * meta.version; //=> '0.1.0'
 * meta.homepage; //=> 'https://lt-ru-1920.github.io/lt-ru-1920/'
 * ```
 */
export const meta = /* @__PURE__ */ deepFreeze({
  /** The npm package name. */
  name: PACKAGE_NAME,
  /** The version of the package and its data: what `npm install lt-ru-1920@<version>` installs. */
  version: VERSION,
  /** Date this version was released (ISO 8601). */
  released: RELEASED,
  /** SPDX licence expression of the package (code MIT, data CC BY 4.0). */
  license: LICENSE,
  /** The documentation site (every release also under `v/<version>/`). */
  homepage: HOMEPAGE,
  /** The source repository. */
  repository: REPOSITORY,
  /** The issue tracker (data corrections). */
  bugs: BUGS,
});

/** Facts about this release (the type of `meta`). */
export type Meta = typeof meta;
