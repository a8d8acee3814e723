import {defineCatalogue, type Lang} from '../i18n/catalogue.js';
import type {FileProblem} from './history-file.js';
import type {HistoryWarning} from './history-store.js';

const historyMessages = defineCatalogue({
	en: {
		damaged: ({file, badLines, kept}) => `History file ${file}: ${badLines} damaged ${badLines === 1 ? 'line was' : 'lines were'} skipped and ${kept} ${kept === 1 ? 'entry' : 'entries'} kept. The file will be moved aside (renamed .corrupt-…) before history is next saved.`,
		unreadable: 'Cannot read the history file {file} ({reason}): it is left untouched and this session\'s history will not be saved.',
		movedAside: 'The damaged history file was kept as {backup}.',
		notSaved: 'Cannot save history to {file} ({reason}): this session\'s history stays in memory only.',
		notAFile: 'not a regular file',
		tooLarge: 'too large to be a history file',
		permission: 'permission denied',
		isDirectory: 'it is a directory',
		noSpace: 'no space left on the device',
		readOnly: 'read-only file system',
		notDirectory: 'a parent of the path is not a directory',
	},
	fr: {
		damaged: ({file, badLines, kept}) => `Fichier d’historique ${file} : ${badLines} ${badLines === 1 ? 'ligne abîmée ignorée' : 'lignes abîmées ignorées'}, ${kept} ${kept === 1 ? 'entrée conservée' : 'entrées conservées'}. Le fichier sera mis de côté (renommé .corrupt-…) avant la prochaine sauvegarde.`,
		unreadable: 'Impossible de lire le fichier d’historique {file} ({reason}) : il n’est pas modifié et l’historique de cette session ne sera pas enregistré.',
		movedAside: 'Le fichier d’historique abîmé a été conservé sous le nom {backup}.',
		notSaved: 'Impossible d’enregistrer l’historique dans {file} ({reason}) : l’historique de cette session reste seulement en mémoire.',
		notAFile: 'ce n’est pas un fichier ordinaire',
		tooLarge: 'trop gros pour être un fichier d’historique',
		permission: 'permission refusée',
		isDirectory: 'c’est un dossier',
		noSpace: 'plus de place sur le disque',
		readOnly: 'système de fichiers en lecture seule',
		notDirectory: 'un élément du chemin n’est pas un dossier',
	},
});

const reasonKeys = {
	'not-a-file': 'notAFile',
	'too-large': 'tooLarge',
	EACCES: 'permission',
	EPERM: 'permission',
	EISDIR: 'isDirectory',
	ENOSPC: 'noSpace',
	EROFS: 'readOnly',
	ENOTDIR: 'notDirectory',
} as const;

function describeReason(reason: FileProblem, lang: Lang): string {
	const key = reasonKeys[reason as keyof typeof reasonKeys];
	return key ? historyMessages(lang)(key) : reason;
}

/** The sentence to show the user for a history warning. */
export function formatHistoryWarning(warning: HistoryWarning, lang: Lang): string {
	const t = historyMessages(lang);
	switch (warning.kind) {
		case 'damaged': {
			return t('damaged', {file: warning.file, badLines: warning.badLines, kept: warning.kept});
		}

		case 'unreadable': {
			return t('unreadable', {file: warning.file, reason: describeReason(warning.reason, lang)});
		}

		case 'moved-aside': {
			return t('movedAside', {backup: warning.backup});
		}

		case 'not-saved': {
			return t('notSaved', {file: warning.file, reason: describeReason(warning.reason, lang)});
		}
	}
}
