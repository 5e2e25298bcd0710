import type { InterviewResponse } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { zonedDate } from '../../format/interview-time.ts';
import {
  interviewLocationLabel,
  interviewStateBadge,
  interviewStateLabel,
  isClosedInterview,
} from './interview-labels.ts';
import { VideoIcon } from './interview-meeting.tsx';
import { useViewerTime } from './use-viewer-time.ts';

/** Interviews (in start order) under a heading per day in the viewer's zone. */
export function InterviewList({ interviews }: { interviews: readonly InterviewResponse[] }) {
  const time = useViewerTime();
  const days = new Map<string, InterviewResponse[]>();
  for (const interview of interviews) {
    const day = zonedDate(interview.startAt, time.timeZone);
    days.set(day, [...(days.get(day) ?? []), interview]);
  }
  return (
    <div className="interview-days">
      {[...days].map(([day, dayInterviews]) => (
        <section key={day} className="interview-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{time.day(dayInterviews[0]!.startAt)}</h3>
          <ul className="interview-rows">
            {dayInterviews.map((interview) => (
              <InterviewRow key={interview.id} interview={interview} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function InterviewRow({ interview }: { interview: InterviewResponse }) {
  const { t } = useTranslation('interviews');
  const time = useViewerTime();
  const joinUrl =
    interview.meeting?.state === 'live' && !isClosedInterview(interview.state)
      ? interview.meeting.joinUrl
      : null;
  return (
    <li className={isClosedInterview(interview.state) ? 'interview-row row-muted' : 'interview-row'}>
      <span className="interview-row-time">{time.clock(interview.startAt, interview.endAt)}</span>
      <span className="interview-row-main">
        <Link className="interview-row-name" to={`/interviews/${interview.id}`}>
          {interview.candidate.name}
        </Link>
        <span className="text-muted">
          {interview.stage.name} · {interview.job.title}
        </span>
      </span>
      <span className="interview-row-place">
        {interview.meeting && <VideoIcon />}
        {interviewLocationLabel(interview, t)}
      </span>
      <span className="interview-row-state">
        <span className={interviewStateBadge(interview.state)}>
          {interviewStateLabel(interview.state, t)}
        </span>
      </span>
      <span className="interview-row-join">
        {joinUrl && (
          <a
            className="button button-secondary button-small"
            href={joinUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('list.joinFor', { name: interview.candidate.name })}
          >
            {t('list.join')}
          </a>
        )}
      </span>
    </li>
  );
}
