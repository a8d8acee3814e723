import type {CommandKnowledge} from './types.js';

/** `docker [OPTIONS] COMMAND`: the options that come before the command. */
export const rootCommand: CommandKnowledge = {
	path: [],
	summary: {
		en: 'The docker client: it sends your command to the Docker engine.',
		fr: 'Le client docker : il transmet votre commande au moteur Docker.',
	},
	interspersed: false,
	complete: true,
	flags: [
		{
			long: 'config',
			type: 'string',
			summary: {
				en: 'Read the client settings (credentials, default context) from this folder instead of ~/.docker.',
				fr: 'Lire la configuration du client (identifiants, contexte par défaut) dans ce dossier au lieu de ~/.docker.',
			},
			value: {en: 'Client configuration folder: {value}', fr: 'Dossier de configuration du client : {value}'},
		},
		{
			long: 'context',
			short: 'c',
			type: 'string',
			summary: {
				en: 'Talk to the engine of this docker context (overrides DOCKER_HOST and `docker context use`).',
				fr: 'S’adresser au moteur de ce contexte docker (prioritaire sur DOCKER_HOST et `docker context use`).',
			},
			value: {en: 'Context: {value}', fr: 'Contexte : {value}'},
		},
		{
			long: 'debug',
			short: 'D',
			summary: {en: 'Print debugging details from the client.', fr: 'Afficher les détails de débogage du client.'},
		},
		{
			long: 'host',
			short: 'H',
			type: 'list',
			summary: {
				en: 'Engine socket to connect to (unix://, tcp://, ssh://): the command runs on that engine, maybe another machine.',
				fr: 'Socket du moteur à joindre (unix://, tcp://, ssh://) : la commande s’exécute sur ce moteur, peut-être une autre machine.',
			},
			value: {en: 'Engine address: {value}', fr: 'Adresse du moteur : {value}'},
		},
		{
			long: 'log-level',
			short: 'l',
			type: 'string',
			summary: {
				en: 'How chatty the client logs are: debug, info, warn, error or fatal.',
				fr: 'Niveau de détail des journaux du client : debug, info, warn, error ou fatal.',
			},
			value: {en: 'Log level: {value}', fr: 'Niveau de journal : {value}'},
		},
		{long: 'tls', summary: {en: 'Use TLS to reach the engine (implied by --tlsverify).', fr: 'Joindre le moteur en TLS (implicite avec --tlsverify).'}},
		{
			long: 'tlscacert',
			type: 'string',
			summary: {en: 'Only trust engine certificates signed by this CA file.', fr: 'Ne faire confiance qu’aux certificats du moteur signés par ce fichier d’autorité.'},
		},
		{long: 'tlscert', type: 'string', summary: {en: 'Client TLS certificate file.', fr: 'Fichier de certificat TLS du client.'}},
		{long: 'tlskey', type: 'string', summary: {en: 'Client TLS key file.', fr: 'Fichier de clé TLS du client.'}},
		{long: 'tlsverify', summary: {en: 'Use TLS and check the engine’s certificate.', fr: 'Utiliser TLS et vérifier le certificat du moteur.'}},
		{
			long: 'version',
			short: 'v',
			summary: {en: 'Print the client version; only has an effect when no command follows.', fr: 'Afficher la version du client ; sans effet quand une commande suit.'},
		},
	],
};
