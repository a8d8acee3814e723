import type {CommandKnowledge, FlagKnowledge} from './types.js';

const formatFlag: FlagKnowledge = {
	long: 'format',
	type: 'string',
	summary: {en: 'Output format: table, json, or a Go template.', fr: 'Format de sortie : table, json, ou un modèle Go.'},
};

export const imageCommands: readonly CommandKnowledge[] = [
	{
		path: ['image'],
		group: true,
		complete: true,
		summary: {en: 'Manage images: the read-only templates containers start from.', fr: 'Gérer les images : les modèles en lecture seule dont partent les containers.'},
	},
	{
		path: ['image', 'ls'],
		aliases: [['image', 'list'], ['images']],
		summary: {en: 'List the images stored on the engine. Reads only.', fr: 'Lister les images stockées sur le moteur. Simple lecture.'},
		operands: [{name: 'REPOSITORY', optional: true, summary: {en: 'Only images of this repository: {value}', fr: 'Seulement les images de ce dépôt : {value}'}}],
		complete: true,
		flags: [
			{long: 'all', short: 'a', summary: {en: 'Include intermediate images.', fr: 'Inclure les images intermédiaires.'}},
			{long: 'digests', summary: {en: 'Show digests.', fr: 'Afficher les empreintes (digests).'}},
			{long: 'filter', short: 'f', type: 'filter', summary: {en: 'Only images matching KEY=value (dangling=true...).', fr: 'Seulement les images qui correspondent à CLÉ=valeur (dangling=true...).'}},
			formatFlag,
			{long: 'no-trunc', summary: {en: 'Do not shorten IDs.', fr: 'Ne pas raccourcir les identifiants.'}},
			{long: 'quiet', short: 'q', summary: {en: 'Print only image IDs.', fr: 'N’afficher que les identifiants des images.'}},
			{long: 'tree', summary: {en: 'Show images as a tree of platform variants (experimental).', fr: 'Afficher les images en arbre de variantes de plateforme (expérimental).'}},
		],
	},
	{
		path: ['image', 'pull'],
		aliases: [['pull']],
		summary: {en: 'Download an image from a registry.', fr: 'Télécharger une image depuis un registre.'},
		operands: [{name: 'NAME', role: 'image', summary: {en: 'Image to download: {value}', fr: 'Image à télécharger : {value}'}}],
		complete: true,
		flags: [
			{long: 'all-tags', short: 'a', summary: {en: 'Download every tag of the repository.', fr: 'Télécharger toutes les étiquettes du dépôt.'}},
			{long: 'disable-content-trust', summary: {en: 'Skip image signature checks (the default).', fr: 'Ne pas vérifier la signature de l’image (par défaut).'}},
			{long: 'platform', type: 'string', summary: {en: 'Platform to download (e.g. linux/arm64).', fr: 'Plateforme à télécharger (par ex. linux/arm64).'}},
			{long: 'quiet', short: 'q', summary: {en: 'Less output.', fr: 'Moins de sortie.'}},
		],
	},
	{
		path: ['image', 'rm'],
		aliases: [['image', 'remove'], ['rmi']],
		summary: {
			en: 'Remove image tags, and the image itself once no tag or container refers to it.',
			fr: 'Retirer des étiquettes d’image, et l’image elle-même quand plus rien n’y renvoie.',
		},
		operands: [{name: 'IMAGE', role: 'image', variadic: true, summary: {en: 'Image to remove: {value}', fr: 'Image à retirer : {value}'}}],
		complete: true,
		flags: [
			{long: 'force', short: 'f', summary: {en: 'Remove even if stopped containers use it or it has several tags.', fr: 'Retirer même si des containers arrêtés l’utilisent ou si elle a plusieurs étiquettes.'}},
			{long: 'no-prune', summary: {en: 'Keep untagged parent images.', fr: 'Garder les images parentes sans étiquette.'}},
			{long: 'platform', type: 'strings', summary: {en: 'Only remove these platform variants.', fr: 'Ne retirer que ces variantes de plateforme.'}},
		],
	},
	{
		path: ['image', 'build'],
		aliases: [['build'], ['builder', 'build']],
		summary: {en: 'Build an image from a Dockerfile.', fr: 'Construire une image à partir d’un Dockerfile.'},
	},
	{path: ['image', 'history'], aliases: [['history']], summary: {en: 'Show the layers of an image.', fr: 'Afficher les couches d’une image.'}},
	{path: ['image', 'import'], aliases: [['import']], summary: {en: 'Create an image from a tar archive of a filesystem.', fr: 'Créer une image à partir d’une archive tar d’un système de fichiers.'}},
	{path: ['image', 'inspect'], summary: {en: 'Show an image’s details as JSON.', fr: 'Afficher les détails d’une image en JSON.'}},
	{path: ['image', 'load'], aliases: [['load']], summary: {en: 'Load images from a tar archive.', fr: 'Charger des images depuis une archive tar.'}},
	{path: ['image', 'prune'], summary: {en: 'Delete unused images (dangling ones, or all unused with -a).', fr: 'Supprimer les images inutilisées (orphelines, ou toutes avec -a).'}},
	{path: ['image', 'push'], aliases: [['push']], summary: {en: 'Upload an image to a registry.', fr: 'Envoyer une image vers un registre.'}},
	{path: ['image', 'save'], aliases: [['save']], summary: {en: 'Save images into a tar archive.', fr: 'Enregistrer des images dans une archive tar.'}},
	{path: ['image', 'tag'], aliases: [['tag']], summary: {en: 'Give an image another name.', fr: 'Donner un autre nom à une image.'}},
];
