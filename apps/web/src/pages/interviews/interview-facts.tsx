import type { InterviewResponse } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date-time.ts';
import { wordHostExplanation } from './host-explanation.ts';
import { interviewLocationLabel } from './interview-labels.ts';
import { useViewerTime } from './use-viewer-time.ts';

/** The facts of an interview as a list of label and value: time, place, people, host and why. */
export function InterviewFacts({ interview }: { interview: InterviewResponse }) {
  const { t } = useTranslation('interviews');
  const time = useViewerTime();
  const candidateZone = interview.candidate.timeZone;
  return (
    <section className="card interview-facts" aria-labelledby="interview-facts-heading">
      <h2 id="interview-facts-heading">{t('page.details')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('page.when')}</dt>
          <dd>
            {t('page.inZone', {
              time: time.range(interview.startAt, interview.endAt),
              zone: time.timeZone,
            })}
            {candidateZone !== time.timeZone && (
              <span className="interview-other-zone">
                {t('page.candidateTime', {
                  time: time.range(interview.startAt, interview.endAt, candidateZone),
                  zone: candidateZone,
                })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('page.duration')}</dt>
          <dd>{t('page.minutes', { count: interview.durationMinutes })}</dd>
        </div>
        <div>
          <dt>{t('page.location')}</dt>
          <dd>
            {interviewLocationLabel(interview, t)}
            {interview.locationKind !== 'zoom' && interview.video && ` · ${t('page.withVideo')}`}
          </dd>
        </div>
        <div>
          <dt>{t('page.interviewers')}</dt>
          <dd>
            {interview.interviewers.length === 0
              ? t('page.noInterviewers')
              : interview.interviewers.map((person) => person.name).join(', ')}
          </dd>
        </div>
        {interview.meeting && (
          <div>
            <dt>{t('page.host')}</dt>
            <dd>
              <HostWithExplanation interview={interview} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('page.scheduledBy')}</dt>
          <dd>{interview.scheduledBy.name}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The host's label, then why Parley chose it and skipped the others, as stored when it was chosen. */
function HostWithExplanation({ interview }: { interview: InterviewResponse }) {
  const { t } = useTranslation('interviews');
  const time = useViewerTime();
  const explanation =
    interview.hostExplanation &&
    wordHostExplanation(interview.hostExplanation, t, {
      range: time.clock,
      instant: (isoInstant) => formatDateTime(isoInstant, time.language, time.timeZone),
    });
  return (
    <>
      <span className="interview-host">{interview.meeting?.hostLabel}</span>
      {explanation && (
        <ul className="host-explanation" aria-label={t('page.hostWhy')}>
          <li>{explanation.chosen}</li>
          {explanation.skipped.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
