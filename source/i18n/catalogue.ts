export const languages = ['en', 'fr'] as const;
export type Lang = (typeof languages)[number];

export type MessageParams = Record<string, string | number>;
/** A message is a template with `{name}` placeholders, or a function for plurals and the like. */
export type Message = string | ((params: MessageParams) => string);

/**
The one shape of bilingual texts: each language holds its texts by key. A
catalogue is one of these, registered by `defineCatalogue`; the knowledge base
holds single `Text`s, and takes the ones a catalogue owns with `textOf`.
*/
export type Catalogue<Key extends string> = {
	en: Record<Key, Message>;
	fr: Record<Key, Message>;
};

/** One text in both languages. */
export type Text = Readonly<Record<Lang, string>>;

export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

const declared: Array<Catalogue<string>> = [];

/**
Declares the English and French texts of one area of the product. The French
record must have exactly the English keys, so a missing translation is a type error.
*/
export function defineCatalogue<Key extends string>(catalogue: Catalogue<Key>): (lang: Lang) => Translate<Key> {
	declared.push(catalogue);
	return lang => (key, params = {}) => formatMessage(catalogue[lang][key], params);
}

/** Every catalogue declared so far (by the modules loaded): test/i18n checks them all. */
export function declaredCatalogues(): ReadonlyArray<Catalogue<string>> {
	return declared;
}

/** The text `key` of a catalogue's texts, in both languages (for data made of `Text`s). */
export function textOf<Key extends string>(texts: {en: Record<Key, string>; fr: Record<Key, string>}, key: Key): Text {
	return {en: texts.en[key], fr: texts.fr[key]};
}

/** A text with one form in every language: docker's own help, which is English. */
export function untranslated(text: string): Text {
	return {en: text, fr: text};
}

export function formatMessage(message: Message, params: MessageParams): string {
	if (typeof message === 'function') {
		return message(params);
	}

	return message.replaceAll(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}

export function isLang(value: string): value is Lang {
	return (languages as readonly string[]).includes(value);
}
