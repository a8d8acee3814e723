import type {Lang} from '../i18n/catalogue.js';
import {isSameOrInside, normalizePath} from './host-path.js';
import {mountMessages} from './mount-messages.js';
import type {ExplainWarning} from './types.js';

export type BindWarningOptions = {
	home?: string;
	lang?: Lang;
	/** Read-only mounts still leak secrets, but cannot change the host. */
	readOnly?: boolean;
};

const dockerSockets = ['/var/run/docker.sock', '/run/docker.sock'];
const sensitiveSystemPaths = ['/etc', '/root', '/boot', '/var/lib/docker', '/proc', '/sys', '/dev'];
const sensitiveHomeFolders = ['.ssh', '.gnupg', '.aws', '.docker', '.kube', '.config/gcloud'];

/**
What sharing `hostPath` with a container exposes: the whole host, the docker
socket, the user's home, or folders holding secrets. `hostPath` must be
absolute; a relative one gets no warning.
*/
export function bindMountWarnings(hostPath: string, options: BindWarningOptions = {}): ExplainWarning[] {
	if (!hostPath.startsWith('/')) {
		return [];
	}

	const t = mountMessages(options.lang ?? 'en');
	const path = normalizePath(hostPath);
	const access = t(options.readOnly ? 'warning.access.read' : 'warning.access.readWrite');
	if (path === '/') {
		return [{code: 'bind-root', level: 'danger', message: t('warning.bind-root', {access})}];
	}

	const warnings: ExplainWarning[] = [];
	if (dockerSockets.some(socket => isSameOrInside(socket, path))) {
		warnings.push({code: 'docker-socket', level: 'danger', message: t('warning.docker-socket', {path})});
	}

	const home = options.home && options.home.startsWith('/') ? normalizePath(options.home) : undefined;
	if (home && home !== '/' && isSameOrInside(home, path)) {
		warnings.push({code: 'bind-home', level: 'warning', message: t(path === home ? 'warning.bind-home' : 'warning.bind-home-parent', {path, home, access})});
		return warnings;
	}

	const sensitive = [
		...sensitiveSystemPaths,
		...(home && home !== '/' ? sensitiveHomeFolders.map(folder => `${home}/${folder}`) : []),
	].find(folder => isSameOrInside(path, folder) || isSameOrInside(folder, path));
	if (sensitive && warnings.length === 0) {
		warnings.push({code: 'bind-sensitive', level: 'warning', message: t('warning.bind-sensitive', {path, folder: sensitive, access})});
	}

	return warnings;
}
