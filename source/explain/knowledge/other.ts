import type {CommandKnowledge} from './types.js';

/**
Commands we only name. Their subcommands and flags come from docker's own help
when it is loaded; without it, their words are shown as plain arguments.
*/
export const otherCommands: readonly CommandKnowledge[] = [
	{path: ['network'], group: true, complete: true, summary: {en: 'Manage networks.', fr: 'Gérer les réseaux.'}},
	{path: ['network', 'connect'], summary: {en: 'Connect a container to a network.', fr: 'Brancher un container sur un réseau.'}},
	{path: ['network', 'create'], summary: {en: 'Create a network.', fr: 'Créer un réseau.'}},
	{path: ['network', 'disconnect'], summary: {en: 'Disconnect a container from a network.', fr: 'Débrancher un container d’un réseau.'}},
	{path: ['network', 'inspect'], summary: {en: 'Show a network’s details as JSON.', fr: 'Afficher les détails d’un réseau en JSON.'}},
	{path: ['network', 'ls'], aliases: [['network', 'list']], summary: {en: 'List networks.', fr: 'Lister les réseaux.'}},
	{path: ['network', 'prune'], summary: {en: 'Delete every unused network.', fr: 'Supprimer tous les réseaux inutilisés.'}},
	{path: ['network', 'rm'], aliases: [['network', 'remove']], summary: {en: 'Delete networks.', fr: 'Supprimer des réseaux.'}},
	{path: ['context'], group: true, summary: {en: 'Manage contexts: which engine docker talks to.', fr: 'Gérer les contextes : à quel moteur docker s’adresse.'}},
	{path: ['builder'], group: true, summary: {en: 'Manage builds and the build cache.', fr: 'Gérer les constructions et leur cache.'}},
	{path: ['manifest'], group: true, summary: {en: 'Manage image manifests.', fr: 'Gérer les manifestes d’images.'}},
	{path: ['plugin'], group: true, summary: {en: 'Manage engine plugins.', fr: 'Gérer les plugins du moteur.'}},
	{path: ['trust'], group: true, summary: {en: 'Manage image signatures.', fr: 'Gérer les signatures d’images.'}},
	{path: ['swarm'], group: true, summary: {en: 'Manage Swarm mode.', fr: 'Gérer le mode Swarm.'}},
	{path: ['node'], group: true, summary: {en: 'Manage Swarm nodes.', fr: 'Gérer les nœuds Swarm.'}},
	{path: ['secret'], group: true, summary: {en: 'Manage Swarm secrets.', fr: 'Gérer les secrets Swarm.'}},
	{path: ['config'], group: true, summary: {en: 'Manage Swarm configs.', fr: 'Gérer les configurations Swarm.'}},
	{path: ['service'], group: true, summary: {en: 'Manage Swarm services.', fr: 'Gérer les services Swarm.'}},
	{path: ['stack'], group: true, summary: {en: 'Manage Swarm stacks.', fr: 'Gérer les piles Swarm.'}},
	{path: ['inspect'], summary: {en: 'Show any Docker object’s details as JSON.', fr: 'Afficher les détails de n’importe quel objet Docker en JSON.'}},
	{path: ['login'], summary: {en: 'Log in to a registry.', fr: 'Se connecter à un registre.'}},
	{path: ['logout'], summary: {en: 'Log out from a registry.', fr: 'Se déconnecter d’un registre.'}},
	{path: ['search'], summary: {en: 'Search Docker Hub for images.', fr: 'Chercher des images sur Docker Hub.'}},
	{path: ['version'], summary: {en: 'Show client and engine versions.', fr: 'Afficher les versions du client et du moteur.'}},
	{path: ['help'], summary: {en: 'Show help about a command.', fr: 'Afficher l’aide d’une commande.'}},
];

/** CLI plugins: their own programs, whose arguments we pass through without explaining. */
export const pluginNames: readonly string[] = ['bake', 'buildx', 'compose', 'debug', 'init', 'scout'];
