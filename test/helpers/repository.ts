import {realpathSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/**
The repository's own folder, whether this module runs from test/ (through tsx)
or from .test-build/test/ (compiled by scripts/build-tests.mjs, where
package.json is a link back to the repository's).
*/
export const repositoryRoot = path.dirname(realpathSync(fileURLToPath(new URL('../../package.json', import.meta.url))));
