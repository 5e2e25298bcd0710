/**
 * The hosts' settings (`GET /users/{userId}/settings`), for how many meetings each may run at once. Optional:
 * without it host assignment assumes 1 and says so, so installs made before Parley asked for it keep working.
 */
export const hostSettingsNeed = {
  scope: 'user:read:settings:admin',
  alsoGrantedBy: ['user:read:admin', 'user:write:admin'],
  optional: true,
} as const;

/** Whether granted scopes let Parley read the hosts' settings (see `hostSettingsNeed`). */
export function grantsHostSettings(granted: readonly string[]): boolean {
  return [hostSettingsNeed.scope, ...hostSettingsNeed.alsoGrantedBy].some((scope) => granted.includes(scope));
}
