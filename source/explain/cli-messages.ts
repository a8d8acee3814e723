import {defineCatalogue} from '../i18n/catalogue.js';

/** Texts of `dockwise explain` itself: usage and its own errors. */
export const cliTexts = {
	en: {
		usage: [
			'Usage: dockwise explain [--json] [--lang en|fr] [--] <docker command line...>',
			'',
			'Explains a docker command line without running it: every word, the mounts,',
			'warnings about your data and what will happen.',
			'',
			'  --json       print one JSON object instead of text',
			'  --lang LANG  en or fr (default: from DOCKWISE_LANG or LANG)',
			'  --help       show this help',
			'',
			'Give the line as words after --, or as one quoted string:',
			'  dockwise explain -- docker volume create --name my_volume',
			'  dockwise explain \'docker run -v $HOME:/data alpine\'',
			'',
			'Exit status: 0 when the line is valid, 1 when docker would refuse it, 2 on usage errors.',
		].join('\n'),
		'unknown-option': 'dockwise explain: unknown option {option} (see dockwise explain --help)',
		'bad-option': 'dockwise explain: {message} (see dockwise explain --help)',
		'bad-lang': 'dockwise explain: --lang must be en or fr, not {value}',
		'no-line': 'dockwise explain: give a docker command line, e.g. dockwise explain -- docker volume ls',
	},
	fr: {
		usage: [
			'Usage : dockwise explain [--json] [--lang en|fr] [--] <ligne de commande docker...>',
			'',
			'Explique une ligne de commande docker sans l’exécuter : chaque mot, les montages,',
			'les risques pour vos données et ce qui va se passer.',
			'',
			'  --json       afficher un objet JSON au lieu du texte',
			'  --lang LANG  en ou fr (par défaut : selon DOCKWISE_LANG ou LANG)',
			'  --help       afficher cette aide',
			'',
			'Donnez la ligne en mots après --, ou en une seule chaîne entre guillemets :',
			'  dockwise explain -- docker volume create --name my_volume',
			'  dockwise explain \'docker run -v $HOME:/data alpine\'',
			'',
			'Code de sortie : 0 si la ligne est valide, 1 si docker la refuserait, 2 si l’usage est incorrect.',
		].join('\n'),
		'unknown-option': 'dockwise explain : option inconnue {option} (voir dockwise explain --help)',
		'bad-option': 'dockwise explain : {message} (voir dockwise explain --help)',
		'bad-lang': 'dockwise explain : --lang doit valoir en ou fr, pas {value}',
		'no-line': 'dockwise explain : donnez une ligne de commande docker, par ex. dockwise explain -- docker volume ls',
	},
};

export const cliMessages = defineCatalogue(cliTexts);
