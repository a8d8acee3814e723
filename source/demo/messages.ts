import {defineCatalogue} from '../i18n/catalogue.js';

export const demoMessages = defineCatalogue({
	en: {
		usage: `Usage
  $ dockwise demo SCRIPT.yaml [options]

Plays a demo script through the real REPL: live in this terminal, or recorded
as an asciinema cast with --record.

Options
  --record FILE.cast   write an asciicast instead of playing live
  --format v2|v3       asciicast version (default v2: what asciinema 2.x plays)
  --seed N             typing rhythm seed (default 1): same seed, same rhythm
  --speed X            typing speed multiplier (default 1)
  --idle-limit S       longest silence kept in the recording, seconds (default 1)
  --redact             mask container ids in the recording
  --manual             live: wait for Enter before each step
  --lang en|fr         language of dockwise (default: the script's lang, then LANG)`,
		badOption: 'dockwise demo: {problem}. See dockwise demo --help.',
		missingScript: 'dockwise demo: which script? Usage: dockwise demo SCRIPT.yaml [--record OUT.cast]',
		tooManyScripts: 'dockwise demo: one script at a time (got {count}).',
		badNumber: 'dockwise demo: --{option} must be a positive number, not "{value}".',
		badFormat: 'dockwise demo: --format must be v2 or v3, not "{value}".',
		unreadable: 'dockwise demo: cannot read {file}: {reason}',
		unwritable: 'dockwise demo: cannot write {file}: {reason}',
		stepTimeout: '{file}:{line}: step "{step}" did not finish within {seconds} s.',
		expectFailed: '{file}:{line}: step "{step}": its output does not match /{pattern}/.',
		unexpectedQuestion: '{file}:{line}: step "{step}": dockwise asks before deleting data, and the step has no "answer" (y or n).',
		refused: '{file}:{line}: step "{step}": dockwise refused the line.',
		replExited: '{file}:{line}: step "{step}": the REPL stopped (exit {code}).',
		hiddenNotDocker: '{file}:{line}: a hidden step runs a docker line or a !host line, not "{step}".',
		hiddenFailed: '{file}:{line}: hidden step "{step}" could not start: {reason}',
		noControl: 'dockwise demo: the REPL did not connect its control channel within {seconds} s.',
		recorded: 'Recorded {file}: {events} events, {markers} markers, {seconds} s.',
		failedRecorded: 'The recording up to the failed step is in {file}.',
		manualWait: '[demo] Enter: next step ({next}/{total}) · Ctrl-C: stop',
		needsPty: 'dockwise demo plays the REPL in a pseudo-terminal, which needs the native module @lydell/node-pty; it is not installed with dockwise. Install it next to dockwise: npm install --global @lydell/node-pty@1.1 (or npm install @lydell/node-pty@1.1 where dockwise is installed).',
		brokenPty: 'dockwise demo: cannot load the native module @lydell/node-pty: {reason}',
		sudoNotPlayed: 'Not played in this demo (it needs sudo on the host): {command}',
	},
	fr: {
		usage: `Usage
  $ dockwise demo SCRIPT.yaml [options]

Joue un script de démo dans le vrai REPL : en direct dans ce terminal, ou
enregistré en cast asciinema avec --record.

Options
  --record FICHIER.cast  écrire un asciicast au lieu de jouer en direct
  --format v2|v3         version d’asciicast (par défaut v2 : ce que lit asciinema 2.x)
  --seed N               graine du rythme de frappe (par défaut 1) : même graine, même rythme
  --speed X              multiplicateur de vitesse de frappe (par défaut 1)
  --idle-limit S         plus long silence gardé dans l’enregistrement, en secondes (par défaut 1)
  --redact               masquer les identifiants de conteneurs dans l’enregistrement
  --manual               en direct : attendre Entrée avant chaque étape
  --lang en|fr           langue de dockwise (par défaut : lang du script, puis LANG)`,
		badOption: 'dockwise demo : {problem}. Voir dockwise demo --help.',
		missingScript: 'dockwise demo : quel script ? Usage : dockwise demo SCRIPT.yaml [--record SORTIE.cast]',
		tooManyScripts: 'dockwise demo : un seul script à la fois ({count} donnés).',
		badNumber: 'dockwise demo : --{option} doit être un nombre positif, pas « {value} ».',
		badFormat: 'dockwise demo : --format doit valoir v2 ou v3, pas « {value} ».',
		unreadable: 'dockwise demo : impossible de lire {file} : {reason}',
		unwritable: 'dockwise demo : impossible d’écrire {file} : {reason}',
		stepTimeout: '{file}:{line} : l’étape « {step} » n’a pas fini en {seconds} s.',
		expectFailed: '{file}:{line} : étape « {step} » : sa sortie ne correspond pas à /{pattern}/.',
		unexpectedQuestion: '{file}:{line} : étape « {step} » : dockwise demande avant de supprimer des données, et l’étape n’a pas de « answer » (y ou n).',
		refused: '{file}:{line} : étape « {step} » : dockwise a refusé la ligne.',
		replExited: '{file}:{line} : étape « {step} » : le REPL s’est arrêté (code {code}).',
		hiddenNotDocker: '{file}:{line} : une étape cachée lance une ligne docker ou une ligne !hôte, pas « {step} ».',
		hiddenFailed: '{file}:{line} : l’étape cachée « {step} » n’a pas pu démarrer : {reason}',
		noControl: 'dockwise demo : le REPL n’a pas ouvert son canal de contrôle en {seconds} s.',
		recorded: '{file} enregistré : {events} évènements, {markers} marqueurs, {seconds} s.',
		failedRecorded: 'L’enregistrement jusqu’à l’étape en échec est dans {file}.',
		manualWait: '[démo] Entrée : étape suivante ({next}/{total}) · Ctrl-C : arrêter',
		needsPty: 'dockwise demo joue le REPL dans un pseudo-terminal, ce qui demande le module natif @lydell/node-pty ; il n’est pas installé avec dockwise. Installez-le à côté de dockwise : npm install --global @lydell/node-pty@1.1 (ou npm install @lydell/node-pty@1.1 là où dockwise est installé).',
		brokenPty: 'dockwise demo : impossible de charger le module natif @lydell/node-pty : {reason}',
		sudoNotPlayed: 'Pas jouée dans cette démo (elle demande sudo sur l’hôte) : {command}',
	},
});

export type DemoTranslate = ReturnType<typeof demoMessages>;
