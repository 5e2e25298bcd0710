import type { InterviewResponse, InterviewState } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/*
 * The contract's states, repeated as a type-checked record: importing a value from @parley/api-contract
 * brings zod into the page's chunk (~30 kB gzip).
 */
const interviewStateSet: Record<InterviewState, true> = {
  scheduling: true,
  confirmed: true,
  rescheduling: true,
  needs_attention: true,
  cancelled: true,
  completed: true,
};
export const interviewStateValues = Object.keys(interviewStateSet) as InterviewState[];

/** States after which nothing about the interview changes any more. */
export function isClosedInterview(state: InterviewState): boolean {
  return state === 'cancelled' || state === 'completed';
}

/** The translated name of a state ("Confirmed", "要対応"); literal keys, so the i18n scan sees them. */
export function interviewStateLabel(state: InterviewState, t: TFunction<'interviews'>): string {
  switch (state) {
    case 'scheduling':
      return t('state.scheduling');
    case 'confirmed':
      return t('state.confirmed');
    case 'rescheduling':
      return t('state.rescheduling');
    case 'needs_attention':
      return t('state.needs_attention');
    case 'cancelled':
      return t('state.cancelled');
    case 'completed':
      return t('state.completed');
  }
}

/** The badge colour of a state: settled green, in progress blue, a problem amber, over grey. */
export function interviewStateBadge(state: InterviewState): string {
  switch (state) {
    case 'confirmed':
      return 'badge badge-success';
    case 'scheduling':
    case 'rescheduling':
      return 'badge badge-info';
    case 'needs_attention':
      return 'badge badge-warning';
    case 'cancelled':
    case 'completed':
      return 'badge badge-neutral';
  }
}

/** Where the interview takes place, in words: "Zoom meeting", "Zoom Room Boardroom", "In person: …". */
export function interviewLocationLabel(
  interview: Pick<InterviewResponse, 'locationKind' | 'room' | 'locationDetails'>,
  t: TFunction<'interviews'>,
): string {
  const details = interview.locationDetails.trim();
  switch (interview.locationKind) {
    case 'zoom':
      return t('location.zoom');
    case 'zoom_room':
      return t('location.zoomRoom', { room: interview.room?.name ?? '' });
    case 'in_person':
      return details ? t('location.inPersonAt', { details }) : t('location.inPerson');
    case 'phone':
      return details ? t('location.phoneAt', { details }) : t('location.phone');
  }
}
