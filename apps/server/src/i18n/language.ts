import { isLanguage, type Language } from '@parley/api-contract';

/**
 * The language to answer in: the signed-in user's, else the first supported one in `Accept-Language`
 * (by quality), else English.
 */
export function pickLanguage(
  userLanguage: Language | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (userLanguage) return userLanguage;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return {
        base: tag.toLowerCase().split('-')[0] ?? '',
        quality: quality === undefined ? 1 : Number(quality),
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return (ranked.find((entry) => isLanguage(entry.base))?.base as Language | undefined) ?? 'en';
}
