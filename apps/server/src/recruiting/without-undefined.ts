/** `object` without its undefined properties, so they do not overwrite defaults when spread. */
export function withoutUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
