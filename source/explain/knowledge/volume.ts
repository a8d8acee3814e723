import {pruneSparesNamedSinceApi} from '../../line/docker-rules.js';
import type {CommandKnowledge, FlagKnowledge} from './types.js';

const formatFlag: FlagKnowledge = {
	long: 'format',
	type: 'string',
	summary: {en: 'Output format: table, json, or a Go template such as {{.Name}}.', fr: 'Format de sortie : table, json, ou un modèle Go comme {{.Name}}.'},
	value: {en: 'Output format: {value}', fr: 'Format de sortie : {value}'},
};

export const volumeCommands: readonly CommandKnowledge[] = [
	{
		path: ['volume'],
		group: true,
		complete: true,
		summary: {
			en: 'Manage volumes: storage managed by Docker that outlives containers.',
			fr: 'Gérer les volumes : un stockage géré par Docker qui survit aux containers.',
		},
	},
	{
		path: ['volume', 'create'],
		summary: {
			en: 'Create a named volume. Nothing is copied into it until a container mounts it.',
			fr: 'Créer un volume nommé. Rien n’y est copié avant qu’un container le monte.',
		},
		operands: [{
			name: 'VOLUME',
			optional: true,
			summary: {en: 'Name of the new volume: {value}', fr: 'Nom du nouveau volume : {value}'},
		}],
		complete: true,
		flags: [
			{
				long: 'driver',
				short: 'd',
				type: 'string',
				summary: {en: 'Volume driver (default local: a folder on the engine’s disk).', fr: 'Pilote du volume (local par défaut : un dossier sur le disque du moteur).'},
				value: {en: 'Driver: {value}', fr: 'Pilote : {value}'},
			},
			{
				long: 'label',
				type: 'list',
				summary: {en: 'Attach a KEY=value label to the volume.', fr: 'Poser une étiquette CLÉ=valeur sur le volume.'},
				value: {en: 'Label: {value}', fr: 'Étiquette : {value}'},
			},
			{
				long: 'opt',
				short: 'o',
				type: 'map',
				summary: {en: 'Driver option, e.g. type=nfs or device=/dev/sdb1 for local.', fr: 'Option du pilote, par ex. type=nfs ou device=/dev/sdb1 pour local.'},
			},
			{
				long: 'name',
				type: 'string',
				hidden: true,
				deprecated: {en: 'give the name as an argument: docker volume create {value}', fr: 'donnez le nom en argument : docker volume create {value}'},
				summary: {
					en: 'Old way to name the volume; still accepted but hidden and deprecated.',
					fr: 'Ancienne façon de nommer le volume ; encore acceptée mais cachée et dépréciée.',
				},
				value: {en: 'Name of the new volume: {value}', fr: 'Nom du nouveau volume : {value}'},
			},
			{long: 'availability', type: 'string', summary: {en: 'Swarm cluster volume availability.', fr: 'Disponibilité d’un volume de cluster Swarm.'}},
			{long: 'group', type: 'string', summary: {en: 'Swarm cluster volume group.', fr: 'Groupe d’un volume de cluster Swarm.'}},
			{long: 'limit-bytes', type: 'bytes', summary: {en: 'Swarm cluster volume: maximum size.', fr: 'Volume de cluster Swarm : taille maximale.'}},
			{long: 'required-bytes', type: 'bytes', summary: {en: 'Swarm cluster volume: minimum size.', fr: 'Volume de cluster Swarm : taille minimale.'}},
			{long: 'scope', type: 'string', summary: {en: 'Swarm cluster volume access scope.', fr: 'Portée d’accès d’un volume de cluster Swarm.'}},
			{long: 'sharing', type: 'string', summary: {en: 'Swarm cluster volume sharing mode.', fr: 'Mode de partage d’un volume de cluster Swarm.'}},
			{long: 'secret', type: 'map', summary: {en: 'Swarm cluster volume secrets.', fr: 'Secrets d’un volume de cluster Swarm.'}},
			{long: 'topology-preferred', type: 'list', summary: {en: 'Swarm cluster volume preferred topology.', fr: 'Topologie préférée d’un volume de cluster Swarm.'}},
			{long: 'topology-required', type: 'list', summary: {en: 'Swarm cluster volume required topology.', fr: 'Topologie requise d’un volume de cluster Swarm.'}},
			{long: 'type', type: 'string', summary: {en: 'Swarm cluster volume access type.', fr: 'Type d’accès d’un volume de cluster Swarm.'}},
		],
	},
	{
		path: ['volume', 'ls'],
		aliases: [['volume', 'list']],
		summary: {en: 'List volumes. Reads only, changes nothing.', fr: 'Lister les volumes. Simple lecture, rien n’est modifié.'},
		operands: [],
		complete: true,
		flags: [
			{
				long: 'filter',
				short: 'f',
				type: 'filter',
				summary: {en: 'Only volumes matching KEY=value (dangling=true: volumes not used by any container).', fr: 'Seulement les volumes qui correspondent à CLÉ=valeur (dangling=true : volumes qu’aucun container n’utilise).'},
				value: {en: 'Filter: {value}', fr: 'Filtre : {value}'},
			},
			formatFlag,
			{long: 'quiet', short: 'q', summary: {en: 'Print only volume names.', fr: 'N’afficher que les noms des volumes.'}},
			{long: 'cluster', summary: {en: 'Show Swarm cluster volumes.', fr: 'Afficher les volumes de cluster Swarm.'}},
		],
	},
	{
		path: ['volume', 'inspect'],
		summary: {
			en: 'Show a volume’s details as JSON: driver, labels, and Mountpoint, the folder holding its files on the engine’s host.',
			fr: 'Afficher les détails d’un volume en JSON : pilote, étiquettes, et Mountpoint, le dossier qui contient ses fichiers sur l’hôte du moteur.',
		},
		operands: [{name: 'VOLUME', variadic: true, summary: {en: 'Volume to inspect: {value}', fr: 'Volume à inspecter : {value}'}}],
		complete: true,
		flags: [{...formatFlag, short: 'f'}],
	},
	{
		path: ['volume', 'rm'],
		aliases: [['volume', 'remove']],
		summary: {
			en: 'Delete volumes and every file in them. Refused while a container (even stopped) uses the volume.',
			fr: 'Supprimer des volumes et tous leurs fichiers. Refusé tant qu’un container (même arrêté) utilise le volume.',
		},
		operands: [{name: 'VOLUME', variadic: true, summary: {en: 'Volume to delete, with its data: {value}', fr: 'Volume à supprimer, avec ses données : {value}'}}],
		complete: true,
		flags: [{
			long: 'force',
			short: 'f',
			summary: {en: 'No error when a volume does not exist.', fr: 'Pas d’erreur si un volume n’existe pas.'},
		}],
	},
	{
		path: ['volume', 'prune'],
		summary: {
			en: 'Delete every volume no container uses: anonymous ones, and named ones too with --all or on engines older than API 1.42.',
			fr: 'Supprimer tous les volumes qu’aucun container n’utilise : les anonymes, et aussi les nommés avec --all ou sur un moteur antérieur à l’API 1.42.',
		},
		operands: [],
		complete: true,
		flags: [
			{
				long: 'all',
				short: 'a',
				minApi: pruneSparesNamedSinceApi,
				summary: {en: 'Also delete unused named volumes, not just anonymous ones.', fr: 'Supprimer aussi les volumes nommés inutilisés, pas seulement les anonymes.'},
			},
			{
				long: 'filter',
				type: 'filter',
				summary: {en: 'Only prune volumes matching a filter such as label=KEY.', fr: 'Ne purger que les volumes qui correspondent à un filtre comme label=CLÉ.'},
			},
			{long: 'force', short: 'f', summary: {en: 'Do not ask for confirmation.', fr: 'Ne pas demander de confirmation.'}},
		],
	},
	{
		path: ['volume', 'update'],
		summary: {en: 'Update a Swarm cluster volume.', fr: 'Mettre à jour un volume de cluster Swarm.'},
	},
];
