import type {CommandKnowledge} from './types.js';

export const systemCommands: readonly CommandKnowledge[] = [
	{
		path: ['system'],
		group: true,
		complete: true,
		summary: {en: 'Manage the Docker engine as a whole.', fr: 'Gérer le moteur Docker dans son ensemble.'},
	},
	{
		path: ['system', 'df'],
		summary: {
			en: 'Show the disk space used by images, containers, volumes and build cache. Reads only.',
			fr: 'Afficher l’espace disque pris par images, containers, volumes et cache de construction. Simple lecture.',
		},
		operands: [],
		complete: true,
		flags: [
			{long: 'format', type: 'string', summary: {en: 'Output format: table, json, or a Go template.', fr: 'Format de sortie : table, json, ou un modèle Go.'}},
			{
				long: 'verbose',
				short: 'v',
				summary: {en: 'One line per image, container and volume (slower).', fr: 'Une ligne par image, container et volume (plus lent).'},
			},
		],
	},
	{
		path: ['system', 'prune'],
		summary: {
			en: 'Delete stopped containers, unused networks, dangling images and build cache; volumes only with --volumes.',
			fr: 'Supprimer containers arrêtés, réseaux inutilisés, images orphelines et cache de construction ; les volumes seulement avec --volumes.',
		},
		operands: [],
		complete: true,
		flags: [
			{long: 'all', short: 'a', summary: {en: 'Delete every unused image, not just dangling ones.', fr: 'Supprimer toutes les images inutilisées, pas seulement les orphelines.'}},
			{long: 'filter', type: 'filter', summary: {en: 'Only prune what matches a filter (label=..., until=...).', fr: 'Ne purger que ce qui correspond à un filtre (label=..., until=...).'}},
			{long: 'force', short: 'f', summary: {en: 'Do not ask for confirmation.', fr: 'Ne pas demander de confirmation.'}},
			{
				long: 'volumes',
				summary: {
					en: 'Also delete unused volumes: anonymous ones, and named ones too on engines older than API 1.42.',
					fr: 'Supprimer aussi les volumes inutilisés : les anonymes, et aussi les nommés sur un moteur antérieur à l’API 1.42.',
				},
			},
		],
	},
	{path: ['system', 'events'], aliases: [['events']], summary: {en: 'Stream engine events live (create, start, mount, destroy...).', fr: 'Suivre en direct les événements du moteur (create, start, mount, destroy...).'}},
	{path: ['system', 'info'], aliases: [['info']], summary: {en: 'Show engine-wide information.', fr: 'Afficher les informations générales du moteur.'}},
];
