import {containerCreateFlags, runOnlyFlags} from './run-flags.js';
import type {CommandKnowledge, FlagKnowledge, OperandKnowledge, Text} from './types.js';

const formatFlag: FlagKnowledge = {
	long: 'format',
	type: 'string',
	summary: {en: 'Output format: table, json, or a Go template such as {{.Names}}.', fr: 'Format de sortie : table, json, ou un modèle Go comme {{.Names}}.'},
	value: {en: 'Output format: {value}', fr: 'Format de sortie : {value}'},
};

const filterFlag: FlagKnowledge = {
	long: 'filter',
	short: 'f',
	type: 'filter',
	summary: {en: 'Only show what matches KEY=value (e.g. status=exited, name=web).', fr: 'N’afficher que ce qui correspond à CLÉ=valeur (par ex. status=exited, name=web).'},
	value: {en: 'Filter: {value}', fr: 'Filtre : {value}'},
};

const image: OperandKnowledge = {
	name: 'IMAGE',
	role: 'image',
	summary: {en: 'Image the container starts from: {value}', fr: 'Image dont part le container : {value}'},
};

const oneContainer = (summary: Text): OperandKnowledge => ({name: 'CONTAINER', summary});
const containers = (summary: Text): OperandKnowledge => ({name: 'CONTAINER', variadic: true, summary});

export const containerCommands: readonly CommandKnowledge[] = [
	{
		path: ['container'],
		group: true,
		complete: true,
		summary: {en: 'Manage containers.', fr: 'Gérer les containers.'},
	},
	{
		path: ['container', 'run'],
		aliases: [['run']],
		summary: {
			en: 'Create a new container from an image and start it.',
			fr: 'Créer un nouveau container à partir d’une image et le démarrer.',
		},
		operands: [image],
		containerCommand: true,
		interspersed: false,
		flags: [...containerCreateFlags, ...runOnlyFlags],
	},
	{
		path: ['container', 'create'],
		aliases: [['create']],
		summary: {
			en: 'Create a new container from an image without starting it (start it later with docker start).',
			fr: 'Créer un nouveau container à partir d’une image sans le démarrer (docker start le lancera).',
		},
		operands: [image],
		containerCommand: true,
		interspersed: false,
		flags: containerCreateFlags,
	},
	{
		path: ['container', 'ls'],
		aliases: [['container', 'list'], ['container', 'ps'], ['ps']],
		summary: {en: 'List containers (running ones only, unless -a).', fr: 'Lister les containers (seulement ceux qui tournent, sauf avec -a).'},
		operands: [],
		complete: true,
		flags: [
			{long: 'all', short: 'a', summary: {en: 'Include stopped containers too.', fr: 'Inclure aussi les containers arrêtés.'}},
			filterFlag,
			formatFlag,
			{long: 'last', short: 'n', type: 'int', summary: {en: 'Show the N most recently created containers, whatever their state.', fr: 'Montrer les N derniers containers créés, quel que soit leur état.'}},
			{long: 'latest', short: 'l', summary: {en: 'Show only the most recently created container.', fr: 'Montrer seulement le dernier container créé.'}},
			{long: 'no-trunc', summary: {en: 'Do not shorten IDs and commands.', fr: 'Ne pas raccourcir les identifiants et les commandes.'}},
			{long: 'quiet', short: 'q', summary: {en: 'Print only container IDs.', fr: 'N’afficher que les identifiants des containers.'}},
			{
				long: 'size',
				short: 's',
				summary: {en: 'Add the size of each container’s writable layer (what it wrote outside volumes).', fr: 'Ajouter la taille de la couche inscriptible de chaque container (ce qu’il a écrit hors volumes).'},
			},
		],
	},
	{
		path: ['container', 'rm'],
		aliases: [['container', 'remove'], ['rm']],
		summary: {
			en: 'Delete containers and their writable layer: files they wrote outside volumes are lost.',
			fr: 'Supprimer des containers et leur couche inscriptible : les fichiers écrits hors volumes sont perdus.',
		},
		operands: [containers({en: 'Container to delete: {value}', fr: 'Container à supprimer : {value}'})],
		complete: true,
		flags: [
			{long: 'force', short: 'f', summary: {en: 'Kill the container first if it is running (SIGKILL).', fr: 'Tuer d’abord le container s’il tourne (SIGKILL).'}},
			{long: 'link', short: 'l', summary: {en: 'Remove a legacy link instead of the container.', fr: 'Supprimer un ancien lien au lieu du container.'}},
			{
				long: 'volumes',
				short: 'v',
				summary: {
					en: 'Also delete the container’s anonymous volumes; named volumes are kept.',
					fr: 'Supprimer aussi les volumes anonymes du container ; les volumes nommés sont gardés.',
				},
			},
		],
	},
	{
		path: ['container', 'exec'],
		aliases: [['exec']],
		summary: {en: 'Run one more command inside a running container.', fr: 'Lancer une commande de plus dans un container qui tourne.'},
		operands: [oneContainer({en: 'Running container to enter: {value}', fr: 'Container en marche où entrer : {value}'})],
		containerCommand: true,
		commandRequired: true,
		interspersed: false,
		complete: true,
		flags: [
			{long: 'detach', short: 'd', summary: {en: 'Run the command in the background.', fr: 'Lancer la commande en arrière-plan.'}},
			{long: 'detach-keys', type: 'string', summary: {en: 'Key sequence to detach without stopping the command.', fr: 'Touches pour se détacher sans arrêter la commande.'}},
			{long: 'env', short: 'e', type: 'list', summary: {en: 'Set an environment variable for this command.', fr: 'Définir une variable d’environnement pour cette commande.'}},
			{long: 'env-file', type: 'list', summary: {en: 'Read environment variables from a file.', fr: 'Lire des variables d’environnement dans un fichier.'}},
			{long: 'interactive', short: 'i', summary: {en: 'Keep standard input open, so you can type into the command.', fr: 'Garder l’entrée standard ouverte, pour écrire à la commande.'}},
			{long: 'privileged', summary: {en: 'Give this command extended privileges.', fr: 'Donner des privilèges étendus à cette commande.'}},
			{long: 'tty', short: 't', summary: {en: 'Give the command a terminal.', fr: 'Donner un terminal à la commande.'}},
			{long: 'user', short: 'u', type: 'string', summary: {en: 'Run the command as this user.', fr: 'Lancer la commande sous cet utilisateur.'}},
			{long: 'workdir', short: 'w', type: 'string', summary: {en: 'Folder where the command starts.', fr: 'Dossier où la commande démarre.'}},
		],
	},
	{
		path: ['container', 'cp'],
		aliases: [['cp']],
		summary: {
			en: 'Copy files between a container and the host (works on stopped containers too).',
			fr: 'Copier des fichiers entre un container et l’hôte (marche aussi sur un container arrêté).',
		},
		operands: [
			{name: 'SRC', summary: {en: 'Copy from: {value}', fr: 'Copier depuis : {value}'}},
			{name: 'DEST', summary: {en: 'Copy to: {value}', fr: 'Copier vers : {value}'}},
		],
		complete: true,
		flags: [
			{long: 'archive', short: 'a', summary: {en: 'Keep owners and groups (uid/gid) of the copied files.', fr: 'Garder propriétaires et groupes (uid/gid) des fichiers copiés.'}},
			{long: 'follow-link', short: 'L', summary: {en: 'Copy what a symbolic link points to, not the link.', fr: 'Copier la cible d’un lien symbolique, pas le lien.'}},
			{long: 'quiet', short: 'q', summary: {en: 'Do not show copy progress.', fr: 'Ne pas afficher la progression de la copie.'}},
		],
	},
	{
		path: ['container', 'diff'],
		aliases: [['diff']],
		summary: {
			en: 'List files the container added (A), changed (C) or deleted (D) in its writable layer.',
			fr: 'Lister les fichiers que le container a ajoutés (A), modifiés (C) ou supprimés (D) dans sa couche inscriptible.',
		},
		operands: [oneContainer({en: 'Container to compare with its image: {value}', fr: 'Container à comparer avec son image : {value}'})],
		complete: true,
		flags: [],
	},
	{
		path: ['container', 'inspect'],
		summary: {en: 'Show a container’s full configuration and state as JSON (mounts included).', fr: 'Afficher la configuration et l’état complets d’un container en JSON (montages compris).'},
		operands: [containers({en: 'Container to inspect: {value}', fr: 'Container à inspecter : {value}'})],
		complete: true,
		flags: [
			{...formatFlag, short: 'f'},
			{long: 'size', short: 's', summary: {en: 'Add file sizes.', fr: 'Ajouter les tailles de fichiers.'}},
		],
	},
	{
		path: ['container', 'logs'],
		aliases: [['logs']],
		summary: {en: 'Show what a container printed (its standard output and error).', fr: 'Afficher ce qu’un container a écrit (sorties standard et d’erreur).'},
		operands: [oneContainer({en: 'Container whose output to show: {value}', fr: 'Container dont afficher la sortie : {value}'})],
		complete: true,
		flags: [
			{long: 'details', summary: {en: 'Show extra attributes given to the log driver.', fr: 'Afficher les attributs supplémentaires du pilote de journaux.'}},
			{long: 'follow', short: 'f', summary: {en: 'Keep printing new output until Ctrl-C.', fr: 'Continuer d’afficher la nouvelle sortie jusqu’à Ctrl-C.'}},
			{long: 'since', type: 'string', summary: {en: 'Only output after this time (timestamp or 42m).', fr: 'Seulement la sortie après ce moment (horodatage ou 42m).'}},
			{long: 'tail', short: 'n', type: 'string', summary: {en: 'Only the last N lines.', fr: 'Seulement les N dernières lignes.'}},
			{long: 'timestamps', short: 't', summary: {en: 'Prefix each line with its time.', fr: 'Préfixer chaque ligne par son heure.'}},
			{long: 'until', type: 'string', summary: {en: 'Only output before this time.', fr: 'Seulement la sortie avant ce moment.'}},
		],
	},
	{
		path: ['container', 'start'],
		aliases: [['start']],
		summary: {en: 'Start stopped containers again, with the files they had.', fr: 'Redémarrer des containers arrêtés, avec les fichiers qu’ils avaient.'},
		operands: [containers({en: 'Container to start: {value}', fr: 'Container à démarrer : {value}'})],
		flags: [
			{long: 'attach', short: 'a', summary: {en: 'Attach to its output and forward signals.', fr: 'S’attacher à sa sortie et relayer les signaux.'}},
			{long: 'detach-keys', type: 'string', summary: {en: 'Key sequence to detach without stopping it.', fr: 'Touches pour se détacher sans l’arrêter.'}},
			{long: 'interactive', short: 'i', summary: {en: 'Attach your input to the container.', fr: 'Brancher votre entrée sur le container.'}},
		],
	},
	{
		path: ['container', 'stop'],
		aliases: [['stop']],
		summary: {
			en: 'Stop running containers: SIGTERM, then SIGKILL after a grace period (10 s). A --rm container is deleted.',
			fr: 'Arrêter des containers : SIGTERM, puis SIGKILL après un délai (10 s). Un container --rm est supprimé.',
		},
		operands: [containers({en: 'Container to stop: {value}', fr: 'Container à arrêter : {value}'})],
		complete: true,
		flags: [
			{long: 'signal', short: 's', type: 'string', summary: {en: 'Signal to send instead of SIGTERM.', fr: 'Signal à envoyer au lieu de SIGTERM.'}},
			{long: 'timeout', short: 't', type: 'int', summary: {en: 'Seconds to wait before killing.', fr: 'Secondes d’attente avant de tuer.'}},
			{
				long: 'time',
				type: 'int',
				hidden: true,
				deprecated: {en: 'write --timeout', fr: 'écrivez --timeout'},
				summary: {en: 'Old name of --timeout.', fr: 'Ancien nom de --timeout.'},
			},
		],
	},
	// The guard reads these two before docker's help is loaded: their flags are written here.
	{
		path: ['container', 'kill'],
		aliases: [['kill']],
		summary: {en: 'Kill running containers at once (SIGKILL).', fr: 'Tuer immédiatement des containers (SIGKILL).'},
		operands: [containers({en: 'Container to kill: {value}', fr: 'Container à tuer : {value}'})],
		flags: [
			{long: 'signal', short: 's', type: 'string', summary: {en: 'Signal to send instead of SIGKILL.', fr: 'Signal à envoyer au lieu de SIGKILL.'}},
		],
	},
	{
		path: ['container', 'prune'],
		summary: {en: 'Delete every stopped container and its writable layer.', fr: 'Supprimer tous les containers arrêtés et leur couche inscriptible.'},
		operands: [],
		flags: [
			{long: 'filter', type: 'filter', summary: {en: 'Only prune containers matching a filter (label=..., until=...).', fr: 'Ne purger que les containers qui correspondent à un filtre (label=..., until=...).'}},
			{long: 'force', short: 'f', summary: {en: 'Do not ask for confirmation.', fr: 'Ne pas demander de confirmation.'}},
		],
	},
	...['attach', 'commit', 'export', 'pause', 'port', 'rename', 'restart', 'stats', 'top', 'unpause', 'update', 'wait'].map(name => shortcut(name)),
];

/** Container subcommands we name but do not detail; docker's own help fills in their flags. */
function shortcut(name: string): CommandKnowledge {
	const texts: Record<string, [string, string]> = {
		attach: ['Attach your terminal to a running container’s main process.', 'Brancher votre terminal sur le processus principal d’un container.'],
		commit: ['Save a container’s writable layer as a new image.', 'Enregistrer la couche inscriptible d’un container comme nouvelle image.'],
		export: ['Export a container’s filesystem as a tar archive (volumes not included).', 'Exporter le système de fichiers d’un container en archive tar (sans les volumes).'],
		pause: ['Freeze every process of a container.', 'Geler tous les processus d’un container.'],
		port: ['Show a container’s published ports.', 'Afficher les ports publiés d’un container.'],
		rename: ['Rename a container.', 'Renommer un container.'],
		restart: ['Stop then start containers again.', 'Arrêter puis redémarrer des containers.'],
		stats: ['Live CPU, memory and I/O use of containers.', 'Consommation en direct (processeur, mémoire, E/S) des containers.'],
		top: ['List the processes running in a container.', 'Lister les processus d’un container.'],
		unpause: ['Unfreeze a paused container.', 'Dégeler un container en pause.'],
		update: ['Change limits (CPU, memory, restart policy) of containers.', 'Modifier les limites (processeur, mémoire, redémarrage) de containers.'],
		wait: ['Wait until containers stop, then print their exit codes.', 'Attendre l’arrêt de containers, puis afficher leurs codes de sortie.'],
	};
	const [en, fr] = texts[name]!;
	return {
		path: ['container', name],
		aliases: [[name]],
		summary: {en, fr},
	};
}
