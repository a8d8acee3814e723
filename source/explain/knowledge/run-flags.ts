import type {FlagKnowledge} from './types.js';

/**
The flags of `container run` and `container create` people use most, in our
own words. `create` takes all of them except the ones in `runOnlyFlags`.
*/
export const containerCreateFlags: readonly FlagKnowledge[] = [
	{
		long: 'rm',
		summary: {
			en: 'Delete the container as soon as it exits, with its anonymous volumes; named volumes and bind mounts are kept.',
			fr: 'Supprimer le container dès qu’il s’arrête, avec ses volumes anonymes ; les volumes nommés et les montages de l’hôte restent.',
		},
	},
	{
		long: 'interactive',
		short: 'i',
		summary: {en: 'Keep the container’s standard input open, so you can type into it.', fr: 'Garder l’entrée standard du container ouverte, pour pouvoir lui écrire.'},
	},
	{
		long: 'tty',
		short: 't',
		summary: {en: 'Give the container a terminal (with -i: an interactive shell).', fr: 'Donner un terminal au container (avec -i : un shell interactif).'},
	},
	{
		long: 'name',
		type: 'string',
		summary: {en: 'Give the container a name, to refer to it later instead of its ID.', fr: 'Donner un nom au container, pour le désigner ensuite sans son identifiant.'},
		value: {en: 'Container name: {value}', fr: 'Nom du container : {value}'},
	},
	{
		long: 'mount',
		type: 'mount',
		summary: {
			en: 'Attach storage to the container: a volume, a host folder (bind) or a tmpfs, described as key=value pairs.',
			fr: 'Brancher un stockage au container : un volume, un dossier de l’hôte (bind) ou un tmpfs, décrit en paires clé=valeur.',
		},
	},
	{
		long: 'volume',
		short: 'v',
		type: 'list',
		summary: {
			en: 'Mount a volume or a host folder, short form SOURCE:TARGET[:MODE]; a missing host folder is created.',
			fr: 'Monter un volume ou un dossier de l’hôte, forme courte SOURCE:CIBLE[:MODE] ; un dossier d’hôte absent est créé.',
		},
	},
	{
		long: 'volumes-from',
		type: 'list',
		summary: {
			en: 'Mount every volume and bind mount of another container, at the same paths (add :ro for read-only).',
			fr: 'Monter tous les volumes et montages d’un autre container, aux mêmes chemins (ajouter :ro pour la lecture seule).',
		},
		value: {en: 'Container whose mounts are reused: {value}', fr: 'Container dont les montages sont repris : {value}'},
	},
	{
		long: 'tmpfs',
		type: 'list',
		summary: {
			en: 'Mount a folder kept in memory (tmpfs): fast, never on disk, gone when the container stops.',
			fr: 'Monter un dossier gardé en mémoire (tmpfs) : rapide, jamais écrit sur disque, perdu à l’arrêt du container.',
		},
	},
	{
		long: 'read-only',
		summary: {
			en: 'Make the container’s own filesystem read-only: it can only write to its mounts.',
			fr: 'Rendre le système de fichiers du container lecture seule : il ne peut écrire que dans ses montages.',
		},
	},
	{
		long: 'volume-driver',
		type: 'string',
		summary: {en: 'Volume driver for the volumes this container creates (default: local).', fr: 'Pilote des volumes créés pour ce container (par défaut : local).'},
	},
	{
		long: 'publish',
		short: 'p',
		type: 'list',
		summary: {
			en: 'Publish a container port on the host: HOST_PORT:CONTAINER_PORT (reachable from other machines unless bound to 127.0.0.1).',
			fr: 'Publier un port du container sur l’hôte : PORT_HÔTE:PORT_CONTAINER (joignable depuis d’autres machines sauf si lié à 127.0.0.1).',
		},
		value: {en: 'Port mapping: {value}', fr: 'Correspondance de ports : {value}'},
	},
	{
		long: 'publish-all',
		short: 'P',
		summary: {en: 'Publish every port the image exposes, each on a random host port.', fr: 'Publier chaque port exposé par l’image, chacun sur un port de l’hôte au hasard.'},
	},
	{
		long: 'expose',
		type: 'list',
		summary: {en: 'Declare a port as exposed (documentation only: nothing is published).', fr: 'Déclarer un port exposé (simple indication : rien n’est publié).'},
	},
	{
		long: 'env',
		short: 'e',
		type: 'list',
		summary: {en: 'Set an environment variable inside the container (NAME=value, or NAME to copy yours).', fr: 'Définir une variable d’environnement dans le container (NOM=valeur, ou NOM pour reprendre la vôtre).'},
		value: {en: 'Environment variable: {value}', fr: 'Variable d’environnement : {value}'},
	},
	{
		long: 'env-file',
		type: 'list',
		summary: {en: 'Read environment variables from a file, one NAME=value per line.', fr: 'Lire des variables d’environnement dans un fichier, une NOM=valeur par ligne.'},
	},
	{
		long: 'workdir',
		short: 'w',
		type: 'string',
		summary: {en: 'Folder inside the container where the command starts.', fr: 'Dossier du container où la commande démarre.'},
		value: {en: 'Working directory: {value}', fr: 'Dossier de travail : {value}'},
	},
	{
		long: 'user',
		short: 'u',
		type: 'string',
		summary: {en: 'Run as this user (name or UID, optionally :group) instead of the image’s default.', fr: 'Exécuter sous cet utilisateur (nom ou UID, éventuellement :groupe) au lieu de celui de l’image.'},
		value: {en: 'User: {value}', fr: 'Utilisateur : {value}'},
	},
	{
		long: 'entrypoint',
		type: 'string',
		summary: {en: 'Replace the image’s entrypoint (the program always started first).', fr: 'Remplacer le point d’entrée de l’image (le programme toujours lancé en premier).'},
	},
	{
		long: 'network',
		type: 'network',
		summary: {en: 'Connect the container to this network (host: share the host’s network, none: no network).', fr: 'Brancher le container sur ce réseau (host : partager le réseau de l’hôte, none : aucun réseau).'},
		value: {en: 'Network: {value}', fr: 'Réseau : {value}'},
	},
	{
		long: 'net',
		type: 'network',
		hidden: true,
		summary: {en: 'Old spelling of --network.', fr: 'Ancienne écriture de --network.'},
		value: {en: 'Network: {value}', fr: 'Réseau : {value}'},
	},
	{
		long: 'network-alias',
		type: 'list',
		summary: {en: 'Extra name other containers on the network can use to reach this one.', fr: 'Nom supplémentaire par lequel les autres containers du réseau le joignent.'},
	},
	{
		long: 'net-alias',
		type: 'list',
		hidden: true,
		summary: {en: 'Old spelling of --network-alias.', fr: 'Ancienne écriture de --network-alias.'},
	},
	{
		long: 'hostname',
		short: 'h',
		type: 'string',
		summary: {en: 'Host name the container sees for itself.', fr: 'Nom d’hôte que le container voit pour lui-même.'},
	},
	{
		long: 'add-host',
		type: 'list',
		summary: {en: 'Add a NAME:IP line to the container’s /etc/hosts.', fr: 'Ajouter une ligne NOM:IP au /etc/hosts du container.'},
	},
	{
		long: 'dns',
		type: 'list',
		summary: {en: 'DNS server the container uses.', fr: 'Serveur DNS utilisé par le container.'},
	},
	{
		long: 'dns-option',
		type: 'list',
		summary: {en: 'Option line for the container’s resolv.conf.', fr: 'Option ajoutée au resolv.conf du container.'},
	},
	{
		long: 'dns-opt',
		type: 'list',
		hidden: true,
		summary: {en: 'Old spelling of --dns-option.', fr: 'Ancienne écriture de --dns-option.'},
	},
	{
		long: 'restart',
		type: 'string',
		summary: {en: 'When the engine restarts the container: no, on-failure[:N], always, unless-stopped.', fr: 'Quand le moteur relance le container : no, on-failure[:N], always, unless-stopped.'},
		value: {en: 'Restart policy: {value}', fr: 'Politique de redémarrage : {value}'},
	},
	{
		long: 'label',
		short: 'l',
		type: 'list',
		summary: {en: 'Attach a KEY=value label to the container (for filters and tools).', fr: 'Poser une étiquette CLÉ=valeur sur le container (pour les filtres et les outils).'},
		value: {en: 'Label: {value}', fr: 'Étiquette : {value}'},
	},
	{
		long: 'label-file',
		type: 'list',
		summary: {en: 'Read labels from a file, one per line.', fr: 'Lire des étiquettes dans un fichier, une par ligne.'},
	},
	{
		long: 'privileged',
		summary: {
			en: 'Lift almost every isolation: all capabilities and all host devices. Root in the container is close to root on the host.',
			fr: 'Lever presque toute isolation : toutes les capacités et tous les périphériques de l’hôte. Root dans le container vaut presque root sur l’hôte.',
		},
	},
	{
		long: 'cap-add',
		type: 'list',
		summary: {en: 'Grant an extra Linux capability (a slice of root’s powers).', fr: 'Accorder une capacité Linux de plus (une part des pouvoirs de root).'},
		value: {en: 'Capability: {value}', fr: 'Capacité : {value}'},
	},
	{
		long: 'cap-drop',
		type: 'list',
		summary: {en: 'Remove a Linux capability (ALL removes them all).', fr: 'Retirer une capacité Linux (ALL les retire toutes).'},
		value: {en: 'Capability: {value}', fr: 'Capacité : {value}'},
	},
	{
		long: 'security-opt',
		type: 'list',
		summary: {en: 'Security setting: seccomp or AppArmor profile, no-new-privileges, SELinux label.', fr: 'Réglage de sécurité : profil seccomp ou AppArmor, no-new-privileges, étiquette SELinux.'},
	},
	{
		long: 'pid',
		type: 'string',
		summary: {en: 'Process namespace: host lets the container see and signal every host process.', fr: 'Espace de processus : host permet au container de voir et signaler tous les processus de l’hôte.'},
	},
	{
		long: 'ipc',
		type: 'string',
		summary: {en: 'Shared-memory namespace (host, shareable, container:NAME...).', fr: 'Espace de mémoire partagée (host, shareable, container:NOM...).'},
	},
	{
		long: 'uts',
		type: 'string',
		summary: {en: 'Host name namespace (host: use the host’s).', fr: 'Espace du nom d’hôte (host : celui de l’hôte).'},
	},
	{
		long: 'userns',
		type: 'string',
		summary: {en: 'User namespace (host: turn off user remapping).', fr: 'Espace des utilisateurs (host : désactiver le remappage).'},
	},
	{
		long: 'device',
		type: 'list',
		summary: {en: 'Give the container access to a host device (/dev/...).', fr: 'Donner au container l’accès à un périphérique de l’hôte (/dev/...).'},
	},
	{
		long: 'gpus',
		type: 'gpu-request',
		summary: {en: 'GPUs to give the container (all, or a count).', fr: 'GPU à donner au container (all, ou un nombre).'},
	},
	{
		long: 'memory',
		short: 'm',
		type: 'bytes',
		summary: {en: 'Memory limit (e.g. 512m, 2g).', fr: 'Limite de mémoire (par ex. 512m, 2g).'},
	},
	{
		long: 'memory-swap',
		type: 'bytes',
		summary: {en: 'Memory plus swap limit (-1: unlimited swap).', fr: 'Limite mémoire plus swap (-1 : swap illimité).'},
	},
	{
		long: 'cpus',
		type: 'decimal',
		summary: {en: 'How many CPUs the container may use (e.g. 1.5).', fr: 'Nombre de processeurs que le container peut utiliser (par ex. 1.5).'},
	},
	{
		long: 'cpu-shares',
		short: 'c',
		type: 'int',
		summary: {en: 'Relative CPU weight against other containers (default 1024).', fr: 'Poids processeur relatif aux autres containers (1024 par défaut).'},
	},
	{
		long: 'kernel-memory',
		type: 'bytes',
		deprecated: {en: 'it has no effect on current kernels; drop it', fr: 'elle est sans effet sur les noyaux actuels ; retirez-la'},
		summary: {en: 'Kernel memory limit (deprecated, ignored by recent engines).', fr: 'Limite de mémoire noyau (dépréciée, ignorée par les moteurs récents).'},
	},
	{
		long: 'shm-size',
		type: 'bytes',
		summary: {en: 'Size of /dev/shm (shared memory).', fr: 'Taille de /dev/shm (mémoire partagée).'},
	},
	{
		long: 'ulimit',
		type: 'ulimit',
		summary: {en: 'Resource limit such as nofile=1024:2048.', fr: 'Limite de ressource, par ex. nofile=1024:2048.'},
	},
	{
		long: 'sysctl',
		type: 'map',
		summary: {en: 'Kernel parameter set for the container’s namespaces.', fr: 'Paramètre noyau réglé pour les espaces du container.'},
	},
	{
		long: 'group-add',
		type: 'list',
		summary: {en: 'Extra group for the container’s user.', fr: 'Groupe supplémentaire pour l’utilisateur du container.'},
	},
	{
		long: 'init',
		summary: {en: 'Start a tiny init process first, which forwards signals and reaps zombies.', fr: 'Lancer d’abord un petit processus init, qui relaie les signaux et ramasse les zombies.'},
	},
	{
		long: 'platform',
		type: 'string',
		summary: {en: 'Image platform to use (e.g. linux/arm64).', fr: 'Plateforme d’image à utiliser (par ex. linux/arm64).'},
	},
	{
		long: 'pull',
		type: 'string',
		summary: {en: 'When to download the image: missing (default), always or never.', fr: 'Quand télécharger l’image : missing (par défaut), always ou never.'},
		value: {en: 'Pull policy: {value}', fr: 'Politique de téléchargement : {value}'},
	},
	{
		long: 'quiet',
		short: 'q',
		summary: {en: 'Do not show the image download progress.', fr: 'Ne pas afficher la progression du téléchargement de l’image.'},
	},
	{
		long: 'log-driver',
		type: 'string',
		summary: {en: 'Where the container’s output is logged (json-file, local, syslog, none...).', fr: 'Où la sortie du container est journalisée (json-file, local, syslog, none...).'},
	},
	{
		long: 'log-opt',
		type: 'list',
		summary: {en: 'Option for the log driver (e.g. max-size=10m).', fr: 'Option du pilote de journaux (par ex. max-size=10m).'},
	},
	{
		long: 'attach',
		short: 'a',
		type: 'list',
		summary: {en: 'Attach to STDIN, STDOUT or STDERR only.', fr: 'S’attacher seulement à STDIN, STDOUT ou STDERR.'},
	},
	{
		long: 'health-cmd',
		type: 'string',
		summary: {en: 'Command the engine runs regularly to check the container is healthy.', fr: 'Commande lancée régulièrement par le moteur pour vérifier la santé du container.'},
	},
	{
		long: 'no-healthcheck',
		summary: {en: 'Turn off the image’s health check.', fr: 'Désactiver le contrôle de santé de l’image.'},
	},
	{
		long: 'stop-signal',
		type: 'string',
		summary: {en: 'Signal sent to stop the container (default SIGTERM).', fr: 'Signal envoyé pour arrêter le container (SIGTERM par défaut).'},
	},
	{
		long: 'stop-timeout',
		type: 'int',
		summary: {en: 'Seconds to wait after the stop signal before killing.', fr: 'Secondes d’attente après le signal d’arrêt avant de tuer.'},
	},
	{
		long: 'link',
		type: 'list',
		summary: {en: 'Legacy link to another container (prefer a user-defined network).', fr: 'Ancien lien vers un autre container (préférez un réseau défini par l’utilisateur).'},
	},
	{
		long: 'cidfile',
		type: 'string',
		summary: {en: 'Write the new container’s ID into this file.', fr: 'Écrire l’identifiant du nouveau container dans ce fichier.'},
	},
	{
		long: 'runtime',
		type: 'string',
		summary: {en: 'OCI runtime to use (e.g. runc).', fr: 'Runtime OCI à utiliser (par ex. runc).'},
	},
	{
		long: 'use-api-socket',
		summary: {
			en: 'Mount the Docker API socket and your credentials into the container: it can control the engine.',
			fr: 'Monter la socket de l’API Docker et vos identifiants dans le container : il peut piloter le moteur.',
		},
	},
	{
		long: 'annotation',
		type: 'map',
		minApi: '1.43',
		summary: {en: 'Annotation passed to the OCI runtime.', fr: 'Annotation transmise au runtime OCI.'},
	},
];

/** Flags `container run` has and `container create` has not. */
export const runOnlyFlags: readonly FlagKnowledge[] = [
	{
		long: 'detach',
		short: 'd',
		summary: {en: 'Run in the background and print the container ID; you get your prompt back.', fr: 'Tourner en arrière-plan et afficher l’identifiant du container ; vous retrouvez l’invite.'},
	},
	{
		long: 'detach-keys',
		type: 'string',
		summary: {en: 'Key sequence to detach from the container without stopping it (default Ctrl-P Ctrl-Q).', fr: 'Touches pour se détacher du container sans l’arrêter (Ctrl-P Ctrl-Q par défaut).'},
	},
	{
		long: 'sig-proxy',
		summary: {en: 'Forward signals you send (Ctrl-C) to the container’s process (default true).', fr: 'Transmettre vos signaux (Ctrl-C) au processus du container (vrai par défaut).'},
	},
];
