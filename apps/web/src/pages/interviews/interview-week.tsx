import type { InterviewResponse } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { addDays, zonedDate } from '../../format/interview-time.ts';
import { interviewStateBadge, interviewStateLabel, isClosedInterview } from './interview-labels.ts';
import { useViewerTime } from './use-viewer-time.ts';

interface InterviewWeekProps {
  interviews: readonly InterviewResponse[];
  /** The Monday (`YYYY-MM-DD`) shown. */
  week: string;
  thisWeek: string;
  onWeekChange: (week: string) => void;
}

/** Formats a calendar day (`YYYY-MM-DD`) as itself, whatever the zone: noon UTC is that day everywhere near. */
function formatCalendarDay(date: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/**
 * A week, Monday to Sunday, a column per day in the viewer's zone with each interview's time, candidate
 * (linking to its page) and state. On a narrow screen the days stack.
 */
export function InterviewWeek({ interviews, week, thisWeek, onWeekChange }: InterviewWeekProps) {
  const { t } = useTranslation('interviews');
  const time = useViewerTime();
  const days = Array.from({ length: 7 }, (_, index) => addDays(week, index));
  const weekLabel = new Intl.DateTimeFormat(time.language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).formatRange(new Date(`${days[0]}T12:00:00Z`), new Date(`${days[6]}T12:00:00Z`));
  return (
    <div className="interview-week">
      <div className="week-navigation">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onWeekChange(addDays(week, -7))}
        >
          ← {t('week.previous')}
        </button>
        <p className="week-label" aria-live="polite">
          {weekLabel}
        </p>
        {week !== thisWeek && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onWeekChange(thisWeek)}
          >
            {t('week.thisWeek')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onWeekChange(addDays(week, 7))}
        >
          {t('week.next')} →
        </button>
      </div>
      <div className="week-grid">
        {days.map((day) => {
          const dayInterviews = interviews.filter(
            (interview) => zonedDate(interview.startAt, time.timeZone) === day,
          );
          return (
            <section key={day} className="week-day" aria-labelledby={`week-${day}`}>
              <h3 id={`week-${day}`}>
                {formatCalendarDay(day, time.language, {
                  weekday: 'short',
                  month: 'numeric',
                  day: 'numeric',
                })}
              </h3>
              {dayInterviews.length === 0 ? (
                <p className="week-free">{t('week.free')}</p>
              ) : (
                <ul className="week-items">
                  {dayInterviews.map((interview) => (
                    <li
                      key={interview.id}
                      className={isClosedInterview(interview.state) ? 'week-item row-muted' : 'week-item'}
                    >
                      <span className="week-item-time">{time.clock(interview.startAt, interview.endAt)}</span>
                      <Link to={`/interviews/${interview.id}`}>{interview.candidate.name}</Link>
                      <span className={interviewStateBadge(interview.state)}>
                        {interviewStateLabel(interview.state, t)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
