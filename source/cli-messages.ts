import {defineCatalogue} from './i18n/catalogue.js';

export const cliMessages = defineCatalogue({
	en: {
		usage: `Usage
  $ dockwise [options]                  start the REPL
  $ dockwise < script.txt               run each line of a script, echoed
  $ dockwise explain [--json] -- LINE   explain a docker command line, run nothing
  $ dockwise learn [NAME]               start a guided lesson (without NAME: list them)
  $ dockwise demo SCRIPT [--record OUT] play a demo script, or record it as a cast (demo --help)

Options
  --lang en|fr      language of every message (default: from LANG)
  --docker PATH     docker-compatible binary to run (default: DOCKWISE_DOCKER, then docker)
  -y, --yes         in a script, run commands that delete data (the REPL always asks)
  --strip-osc       remove title changes and clipboard writes from commands' output
                    (also DOCKWISE_STRIP_OSC=1)
  -h, --help        show this help
  -V, --version     show the version

In the REPL, type docker commands with or without "docker": volume ls,
run --rm -it alpine sh. :help lists the keys and dockwise commands.`,
		unknownOption: 'dockwise: {problem}. See dockwise --help.',
		badLang: 'dockwise: unknown language "{lang}" (use en or fr). See dockwise --help.',
		unknownCommand: 'dockwise: unknown command "{command}". See dockwise --help.',
		learnNeedsTerminal: 'dockwise: a lesson needs a terminal (stdin and stdout must be a TTY, and TERM not dumb).',
		learnOneName: 'dockwise: learn takes one lesson name. See dockwise learn.',
	},
	fr: {
		usage: `Usage
  $ dockwise [options]                  démarrer le REPL
  $ dockwise < script.txt               exécuter chaque ligne d’un script, affichée au passage
  $ dockwise explain [--json] -- LIGNE  expliquer une ligne de commande docker, sans rien exécuter
  $ dockwise learn [NOM]                lancer une leçon guidée (sans NOM : les lister)
  $ dockwise demo SCRIPT [--record OUT] jouer un script de démo, ou l’enregistrer en cast (demo --help)

Options
  --lang en|fr      langue de tous les messages (par défaut : selon LANG)
  --docker CHEMIN   binaire compatible docker à utiliser (par défaut : DOCKWISE_DOCKER, puis docker)
  -y, --yes         dans un script, exécuter les commandes qui suppriment des données (le REPL demande toujours)
  --strip-osc       retirer de la sortie des commandes les changements de titre et les écritures
                    dans le presse-papiers (aussi DOCKWISE_STRIP_OSC=1)
  -h, --help        afficher cette aide
  -V, --version     afficher la version

Dans le REPL, tapez vos commandes docker avec ou sans « docker » : volume ls,
run --rm -it alpine sh. :help liste les touches et les commandes dockwise.`,
		unknownOption: 'dockwise : {problem}. Voir dockwise --help.',
		badLang: 'dockwise : langue inconnue « {lang} » (en ou fr). Voir dockwise --help.',
		unknownCommand: 'dockwise : commande inconnue « {command} ». Voir dockwise --help.',
		learnNeedsTerminal: 'dockwise : une leçon demande un terminal (stdin et stdout doivent être des TTY, et TERM pas dumb).',
		learnOneName: 'dockwise : learn prend un seul nom de leçon. Voir dockwise learn.',
	},
});
