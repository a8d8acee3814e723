import type {Lang} from '../i18n/catalogue.js';
import {stateMessages} from './messages.js';

/**
Why a docker process failed, when the words are ours rather than docker's.
Processes carry reasons as plain strings (docker's last stderr line); these
codes stand for our own conditions and are put into words, in the user's
language, only when shown.
*/
export const ownFailureReasons = {
	notFound: 'dockwise:not-found',
	timeout: 'dockwise:timeout',
	streamEnded: 'dockwise:stream-ended',
	failed: 'dockwise:failed',
	noListing: 'dockwise:no-listing',
	noAnswer: 'dockwise:no-answer',
} as const;

const keys = {
	[ownFailureReasons.notFound]: 'reason-not-found',
	[ownFailureReasons.timeout]: 'reason-timeout',
	[ownFailureReasons.streamEnded]: 'reason-stream-ended',
	[ownFailureReasons.failed]: 'reason-failed',
	[ownFailureReasons.noListing]: 'reason-no-listing',
	[ownFailureReasons.noAnswer]: 'reason-no-answer',
} as const;

/** A failure reason for the user: ours in their language, docker's quoted as docker said it. */
export function describeFailureReason(reason: string, lang: Lang): string {
	const t = stateMessages(lang);
	const key = keys[reason as keyof typeof keys];
	return key ? t(key) : t('reason-docker-said', {reason});
}
