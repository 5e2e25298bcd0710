import { defaultStageZoomMeetingSettings, type Language } from '@parley/api-contract';

/** A stage of the template a new job starts with. */
export interface DefaultStage {
  name: string;
  isInterview: boolean;
}

/**
 * The pipeline a new job starts with, in the job's language: Applied → Screening → Interview → Final
 * interview → Offer → Hired. Rejected and withdrawn are application statuses beside it, not stages.
 */
export const defaultStages: Record<Language, readonly DefaultStage[]> = {
  en: [
    { name: 'Applied', isInterview: false },
    { name: 'Screening', isInterview: false },
    { name: 'Interview', isInterview: true },
    { name: 'Final interview', isInterview: true },
    { name: 'Offer', isInterview: false },
    { name: 'Hired', isInterview: false },
  ],
  de: [
    { name: 'Eingegangen', isInterview: false },
    { name: 'Vorauswahl', isInterview: false },
    { name: 'Vorstellungsgespräch', isInterview: true },
    { name: 'Abschlussgespräch', isInterview: true },
    { name: 'Angebot', isInterview: false },
    { name: 'Eingestellt', isInterview: false },
  ],
  ja: [
    { name: '応募', isInterview: false },
    { name: '書類選考', isInterview: false },
    { name: '面接', isInterview: true },
    { name: '最終面接', isInterview: true },
    { name: '内定', isInterview: false },
    { name: '採用', isInterview: false },
  ],
};

/** The meeting topic a new stage proposes, in the job's language. */
export const defaultTopicTemplates: Record<Language, string> = {
  en: '{stage}: {candidate} – {job} ({organization})',
  de: '{stage}: {candidate} – {job} ({organization})',
  ja: '{organization} {stage}：{candidate} 様（{job}）',
};

/** The columns of a new stage that are not given: a one-hour Zoom interview with the house settings. */
export function newStageDefaults(language: Language) {
  return {
    isInterview: false,
    defaultDurationMinutes: 60,
    defaultInterviewerIds: [] as string[],
    locationKind: 'zoom' as const,
    videoDefault: true,
    zoomMeetingSettings: defaultStageZoomMeetingSettings,
    topicTemplate: defaultTopicTemplates[language],
  };
}
