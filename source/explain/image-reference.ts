/** True when an image reference names no tag and no digest, so docker uses `:latest`. */
export function impliesLatest(reference: string): boolean {
	if (reference.includes('@')) {
		return false;
	}

	const lastSlash = reference.lastIndexOf('/');
	return !reference.slice(lastSlash + 1).includes(':');
}

// The grammar of github.com/distribution/reference (regexp.go), which the docker client checks before asking the engine.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6 = String.raw`\[(?:[a-fA-F0-9:]+)\]`;
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|${ipv6})`;
const domain = `${host}(?::[0-9]+)?`;
const tag = String.raw`[\w][\w.-]{0,127}`;
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
const referencePattern = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
const identifier = /^[a-f0-9]{64}$/;

/**
Docker's error for an image reference it cannot parse (reference.ParseAnyReference,
then ParseNormalizedNamed), or undefined when the reference is well formed.
Whether the image exists is the engine's business.
*/
export function imageReferenceProblem(reference: string): string | undefined {
	if (identifier.test(reference)) {
		return undefined;
	}

	const {remainder} = splitDockerDomain(reference);
	const tagSeparator = remainder.indexOf(':');
	const remote = tagSeparator === -1 ? remainder : remainder.slice(0, tagSeparator);
	if (remote.toLowerCase() !== remote) {
		return `invalid reference format: repository name (${remote}) must be lowercase`;
	}

	const match = referencePattern.exec(reference);
	if (!match) {
		return 'invalid reference format';
	}

	if (match[1]!.length > 255) {
		return 'invalid reference format: repository name must not be more than 255 characters';
	}

	return undefined;
}

function splitDockerDomain(reference: string): {domain: string; remainder: string} {
	const slash = reference.indexOf('/');
	const first = slash === -1 ? '' : reference.slice(0, slash);
	if (slash === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
		const remainder = slash === -1 ? `library/${reference}` : reference;
		return {domain: 'docker.io', remainder};
	}

	return {domain: first, remainder: reference.slice(slash + 1)};
}
