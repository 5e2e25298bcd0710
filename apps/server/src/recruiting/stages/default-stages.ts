import { defaultStageZoomMeetingSettings, type Language } from '@parley/api-contract';
import { translate } from '../../i18n/translate.ts';

/** A stage of the template a new job starts with. */
export interface DefaultStage {
  name: string;
  isInterview: boolean;
}

/**
 * The pipeline a new job starts with, in the job's language: Applied → Screening → Interview → Final
 * interview → Offer → Hired. Rejected and withdrawn are application statuses beside it, not stages.
 */
export function defaultStages(language: Language): DefaultStage[] {
  return [
    { name: translate(language, 'newJobStages.applied'), isInterview: false },
    { name: translate(language, 'newJobStages.screening'), isInterview: false },
    { name: translate(language, 'newJobStages.interview'), isInterview: true },
    { name: translate(language, 'newJobStages.finalInterview'), isInterview: true },
    { name: translate(language, 'newJobStages.offer'), isInterview: false },
    { name: translate(language, 'newJobStages.hired'), isInterview: false },
  ];
}

/** The columns of a new stage that are not given: a one-hour Zoom interview with the house settings. */
export function newStageDefaults(language: Language) {
  return {
    isInterview: false,
    defaultDurationMinutes: 60,
    defaultInterviewerIds: [] as string[],
    locationKind: 'zoom' as const,
    videoDefault: true,
    zoomMeetingSettings: defaultStageZoomMeetingSettings,
    // The meeting topic a new stage proposes; its {variables} are the topic template's, not i18next's.
    topicTemplate: translate(language, 'newJobStages.topicTemplate'),
  };
}
