/*
 * How a host without a custom label is named. The default is not stored: it is composed for each viewer
 * in their language's name order, so an English page reads "Adam Alvarez <admin@acme.test>" and a
 * Japanese one "Alvarez Adam <admin@acme.test>". Plain functions, no zod: the web app imports them too.
 */

/** The name parts and address a default label is made of (Zoom gives first_name and last_name). */
export interface HostNameParts {
  email: string;
  firstName: string;
  lastName: string;
}

/** Languages whose names are written family name first. */
const familyNameFirstLanguages = new Set(['ja']);

/** "Adam Alvarez" in English and German, "Alvarez Adam" in Japanese; empty when Zoom has no name. */
export function personName(user: Omit<HostNameParts, 'email'>, language: string): string {
  const baseLanguage = language.split('-')[0] ?? language;
  const parts = familyNameFirstLanguages.has(baseLanguage)
    ? [user.lastName, user.firstName]
    : [user.firstName, user.lastName];
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** A host's default label in `language`'s name order: "Adam Alvarez <admin@acme.test>". */
export function defaultHostLabel(user: HostNameParts, language: string): string {
  const name = personName(user, language);
  return name ? `${name} <${user.email}>` : `<${user.email}>`;
}

/** What a host is called: the custom label as typed, else the default in `language`'s name order. */
export function hostLabel(host: HostNameParts & { customLabel: string | null }, language: string): string {
  return host.customLabel ?? defaultHostLabel(host, language);
}

/**
 * Whether `label` is just a default label in either name order (an admin who saves the default as shown
 * keeps a default that follows the viewer's language instead of freezing one order).
 */
export function isDefaultHostLabel(label: string, user: HostNameParts): boolean {
  const typed = label.trim();
  return typed === defaultHostLabel(user, 'en') || typed === defaultHostLabel(user, 'ja');
}
