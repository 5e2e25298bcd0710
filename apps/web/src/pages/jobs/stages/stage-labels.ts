import type { AutoRecordingMode, InterviewLocationKind } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/*
 * The contract's value lists, repeated as types only (a value import from @parley/api-contract brings
 * zod into the page); the `Record` keeps them in step with the contract's types.
 */
const locationKindSet: Record<InterviewLocationKind, true> = {
  zoom: true,
  zoom_room: true,
  in_person: true,
  phone: true,
};
const autoRecordingSet: Record<AutoRecordingMode, true> = { none: true, cloud: true, local: true };
export const locationKindValues = Object.keys(locationKindSet) as InterviewLocationKind[];
export const autoRecordingValues = Object.keys(autoRecordingSet) as AutoRecordingMode[];

/** "Zoom meeting", "Zoom Room", "In person", "Phone" (literal keys, so the i18n scan sees them). */
export function locationKindLabel(kind: InterviewLocationKind, t: TFunction<'recruiting'>): string {
  switch (kind) {
    case 'zoom':
      return t('stages.location.zoom');
    case 'zoom_room':
      return t('stages.location.zoom_room');
    case 'in_person':
      return t('stages.location.in_person');
    case 'phone':
      return t('stages.location.phone');
  }
}

/** Zoom's automatic recording: none, in the cloud, on the host's computer. */
export function autoRecordingLabel(mode: AutoRecordingMode, t: TFunction<'recruiting'>): string {
  switch (mode) {
    case 'none':
      return t('stages.recording.none');
    case 'cloud':
      return t('stages.recording.cloud');
    case 'local':
      return t('stages.recording.local');
  }
}
