import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context.tsx';
import { browserTimeZone, formatDateTime } from './date-time.ts';

/** Formats instants in the UI language and the signed-in user's time zone (the browser's before login). */
export function useDateTimeFormat(): (isoInstant: string) => string {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const timeZone = session.status === 'signedIn' ? session.me.user.timeZone : browserTimeZone();
  return (isoInstant) => formatDateTime(isoInstant, i18n.language, timeZone);
}
