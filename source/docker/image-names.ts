import {execaInBackground} from './background.js';

/**
The engine's local image names (`alpine:latest`) for Tab completion, read with
one `docker image ls` when first wanted and again after each command (which
may have pulled, built or removed one), never per keystroke.
*/
export class ImageNames {
	private names: readonly string[] = [];
	private loading: Promise<void> | undefined;
	private stale = true;
	private readonly docker: string;
	private readonly env: NodeJS.ProcessEnv;
	private readonly onError: (error: unknown) => void;

	/** `onError` hears what broke a read other than docker failing (which simply offers no names). */
	constructor(docker: string, env: NodeJS.ProcessEnv, onError: (error: unknown) => void = () => undefined) {
		this.docker = docker;
		this.env = env;
		this.onError = onError;
	}

	/** The names read last; starts a read in the background when they may be out of date. */
	readonly current = (): readonly string[] => {
		if (this.stale) {
			this.refresh().catch(this.onError);
		}

		return this.names;
	};

	invalidate(): void {
		this.stale = true;
	}

	async refresh(): Promise<void> {
		this.stale = false;
		this.loading ??= (async () => {
			try {
				const {stdout, failed} = await execaInBackground(this.docker, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], {env: this.env, timeout: 10_000, reject: false});
				if (!failed) {
					this.names = String(stdout).split('\n').map(line => line.trim()).filter(line => line !== '' && !line.includes('<none>')).slice(0, 5000);
				}
			} catch {
				// No docker, no engine: images are not offered.
			}
		})().finally(() => {
			this.loading = undefined;
		});
		return this.loading;
	}
}
