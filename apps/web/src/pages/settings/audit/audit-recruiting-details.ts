import type { TFunction } from 'i18next';
import { type AuditWords, count, type DescribedEvent, text } from './audit-words.ts';

type Details = Record<string, unknown>;

/** A changed field of a job, stage or candidate in words; a field this app does not know is left out. */
function fieldWord(field: string, t: TFunction<'audit'>): string | null {
  switch (field) {
    case 'title':
      return t('audit.fields.title');
    case 'department':
      return t('audit.fields.department');
    case 'location':
      return t('audit.fields.location');
    case 'employmentType':
      return t('audit.fields.employmentType');
    case 'hiringTeam':
      return t('audit.fields.hiringTeam');
    case 'name':
      return t('audit.fields.name');
    case 'isInterview':
      return t('audit.fields.isInterview');
    case 'defaultDurationMinutes':
      return t('audit.fields.defaultDurationMinutes');
    case 'defaultInterviewerIds':
      return t('audit.fields.defaultInterviewerIds');
    case 'locationKind':
      return t('audit.fields.locationKind');
    case 'videoDefault':
      return t('audit.fields.videoDefault');
    case 'zoomMeetingSettings':
      return t('audit.fields.zoomMeetingSettings');
    case 'topicTemplate':
      return t('audit.fields.topicTemplate');
    case 'email':
      return t('audit.fields.email');
    case 'phone':
      return t('audit.fields.phone');
    case 'timeZone':
      return t('audit.fields.timeZone');
    case 'language':
      return t('audit.fields.language');
    case 'source':
      return t('audit.fields.source');
    case 'notes':
      return t('audit.fields.notes');
    case 'tags':
      return t('audit.fields.tags');
    default:
      return null;
  }
}

/** "title, location and hiring team", or null when no known field was recorded. */
function changedFields(details: Details, words: AuditWords, leaveOut: string[] = []): string | null {
  const fields = Array.isArray(details.fields) ? details.fields : [];
  const named = fields.flatMap((field) => {
    const word = typeof field === 'string' && !leaveOut.includes(field) ? fieldWord(field, words.t) : null;
    return word ? [word] : [];
  });
  return named.length > 0 ? words.formatList(named) : null;
}

/** Stage events: which stage, renamed from what, which settings changed. */
function stageSentences(action: string, details: Details, words: AuditWords): string[] {
  const t: TFunction<'audit'> = words.t;
  const name = text(details.name);
  switch (action) {
    case 'stage.added':
    case 'stage.removed':
      return name ? [t('audit.details.stageName', { name })] : [];
    case 'stage.updated': {
      const sentences: string[] = [];
      if (text(details.from) && text(details.to)) {
        sentences.push(t('audit.details.stageRenamed', { from: details.from, to: details.to }));
      }
      const fields = changedFields(details, words, ['name']);
      if (fields) sentences.push(t('audit.details.stageSettingsChanged', { fields }));
      return sentences;
    }
    case 'stage.reordered':
      return [t('audit.details.stagesReordered')];
    default:
      return [];
  }
}

/** Jobs and their stages, each said with the job's title first. */
function jobSentences({ action, details, subject }: DescribedEvent, words: AuditWords): string[] {
  const t: TFunction<'audit'> = words.t;
  const title = subject?.name ?? text(details.title);
  const job = title ? [t('audit.details.jobTitle', { title })] : [];
  switch (action) {
    case 'job.updated': {
      const fields = changedFields(details, words);
      return [...job, ...(fields ? [t('audit.details.fieldsChanged', { fields })] : [])];
    }
    case 'candidates.imported': {
      const numbers = {
        created: count(details.created),
        merged: count(details.merged),
        applied: count(details.applied),
      };
      if (numbers.created === null || numbers.merged === null || numbers.applied === null) return job;
      return [...job, t('audit.details.candidatesImported', numbers)];
    }
    default:
      return [...job, ...stageSentences(action, details, words)];
  }
}

/** A candidate by name; one deleted since is said to be so (the log keeps no copy of their name). */
function candidateSentences({ action, details, subject }: DescribedEvent, words: AuditWords): string[] {
  const t: TFunction<'audit'> = words.t;
  const name = subject?.name;
  if (!name) return subject ? [t('audit.details.candidateDeleted')] : [];
  switch (action) {
    case 'candidate.created':
      return [t('audit.details.candidateAdded', { name })];
    case 'candidate.updated': {
      const fields = changedFields(details, words);
      return [
        fields
          ? t('audit.details.candidateChanged', { name, fields })
          : t('audit.details.candidateName', { name }),
      ];
    }
    case 'candidate.merged':
      return [t('audit.details.candidateMerged', { name })];
    default:
      return [t('audit.details.candidateName', { name })];
  }
}

/** Whose application or interview it is: "Chiara Conti for “Site Reliability Engineer”". */
function applicantSentence({ subject }: DescribedEvent, t: TFunction<'audit'>): string[] {
  if (!subject?.name || !subject.jobTitle) return [];
  return [t('audit.details.applicant', { name: subject.name, job: subject.jobTitle })];
}

function applicationSentences(event: DescribedEvent, t: TFunction<'audit'>): string[] {
  const { action, details } = event;
  const who = applicantSentence(event, t);
  switch (action) {
    case 'application.created':
      return text(details.toStage)
        ? [...who, t('audit.details.addedAtStage', { stage: details.toStage })]
        : who;
    case 'application.moved':
      return text(details.fromStage) && text(details.toStage)
        ? [...who, t('audit.details.movedBetweenStages', { from: details.fromStage, to: details.toStage })]
        : who;
    case 'application.rejected':
    case 'application.withdrawn':
      return text(details.reason)
        ? [...who, t('audit.details.closedBecause', { reason: details.reason })]
        : who;
    default:
      return who;
  }
}

/** Recruiting: jobs, stages, candidates, imports and applications. */
export function recruitingSentences(event: DescribedEvent, words: AuditWords): string[] {
  const [domain] = event.action.split('.');
  if (domain === 'job' || domain === 'stage' || domain === 'candidates') return jobSentences(event, words);
  if (domain === 'candidate') return candidateSentences(event, words);
  return applicationSentences(event, words.t);
}

/** Which host the interview got: the chosen one, none free, or another because of Zoom's daily limit. */
function hostChosenSentences(details: Details, t: TFunction<'audit'>): string[] {
  const explanation = details.explanation as { chosen?: { label?: unknown } | null } | undefined;
  if (!explanation || typeof explanation !== 'object') return [];
  const host = text(explanation.chosen?.label);
  const sentences = host ? [t('audit.details.hostChosen', { host })] : [t('audit.details.noHostFree')];
  if (details.because === 'zoom_daily_limit') sentences.push(t('audit.details.hostPastDailyLimit'));
  return sentences;
}

/** What someone changed in Zoom: the meeting's time, length and topic as Zoom now has them. */
function changedInZoomSentences(details: Details, { t, formatInstant }: AuditWords): string[] {
  const start = text(details.startAt);
  const minutes = count(details.durationMinutes);
  const topic = text(details.topic);
  if (!start || minutes === null || !topic) return [];
  return [t('audit.details.changedInZoom', { time: formatInstant(start), minutes, topic })];
}

/** Interviews and their Zoom meetings, each said with whose interview it is first. */
export function interviewSentences(event: DescribedEvent, words: AuditWords): string[] {
  const { action, details } = event;
  const t: TFunction<'audit'> = words.t;
  const who = applicantSentence(event, t);
  const meetingId = text(details.zoomMeetingId);
  const own = (() => {
    switch (action) {
      case 'interview.scheduled':
      case 'interview.rescheduled': {
        const start = text(details.startAt);
        return start ? [t('audit.details.interviewAt', { time: words.formatInstant(start) })] : [];
      }
      case 'interview.host_chosen':
        return hostChosenSentences(details, t);
      case 'interview.meeting_changed_in_zoom':
        return changedInZoomSentences(details, words);
      case 'interview.meeting_failed':
        return text(details.message) ? [t('audit.details.zoomAnswered', { message: details.message })] : [];
      case 'interview.meeting_recreated':
        return text(details.previousZoomMeetingId)
          ? [t('audit.details.meetingReplaced', { id: details.previousZoomMeetingId })]
          : [];
      default:
        return meetingId ? [t('audit.details.zoomMeeting', { id: meetingId })] : [];
    }
  })();
  return [...who, ...own];
}
