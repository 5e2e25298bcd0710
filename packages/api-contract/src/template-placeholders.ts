/**
 * `{name}` placeholders, shared by every template an admin or recruiter writes (meeting topics, message
 * templates), so both read and fill them the same way.
 */
const placeholderPattern = /\{([^{}]*)\}/g;

/** Every `{name}` in `template`, in order: the placeholder as written and the name inside the braces. */
export function placeholdersOf(template: string): { placeholder: string; name: string }[] {
  return [...template.matchAll(placeholderPattern)].map(([placeholder, name]) => ({
    placeholder,
    name: name ?? '',
  }));
}

/** `template` with each `{name}` replaced by `lookUp(name)`; a name it returns undefined for stays as written. */
export function fillPlaceholders(template: string, lookUp: (name: string) => string | undefined): string {
  return template.replace(placeholderPattern, (placeholder, name: string) => lookUp(name) ?? placeholder);
}
