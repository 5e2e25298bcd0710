/**
 * Whether `redirectUri` is allowed by one of `allowList`. An entry matches on scheme and host; `*` as
 * the port allows any port; the entry's path (if any) must be a prefix of the redirect's path, and a
 * trailing `*` in it is ignored.
 */
export function isRedirectAllowed(redirectUri: string, allowList: string[]): boolean {
  const redirect = parseUrl(redirectUri);
  if (!redirect || redirect.hash) return false;
  return allowList.some((entry) => entryMatches(entry, redirect));
}

function entryMatches(entry: string, redirect: URL): boolean {
  const anyPort = /^[a-z]+:\/\/[^/]+:\*/i.test(entry);
  const allowed = parseUrl(anyPort ? entry.replace(/:\*/, '') : entry);
  if (!allowed) return false;
  if (allowed.protocol !== redirect.protocol || allowed.hostname !== redirect.hostname) return false;
  if (!anyPort && allowed.port !== redirect.port) return false;
  const prefix = allowed.pathname.replace(/\*$/, '');
  return prefix === '/' || redirect.pathname.startsWith(prefix);
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
