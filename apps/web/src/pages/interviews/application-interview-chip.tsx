import type { InterviewResponse } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatWeekdayTime } from '../../format/interview-time.ts';
import { interviewListQuery } from '../../queries/interviews-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { VideoIcon } from './interview-meeting.tsx';
import '../../styles/interviews.css';

/**
 * The next interview of each application of a job that has one still ahead (not cancelled), so a board
 * card can say "Interview Tue 14:00". Interviewers get only the interviews they are on (the server's rule).
 */
export function useNextInterviewByApplication(jobId: string): ReadonlyMap<string, InterviewResponse> {
  const [from] = useState(() => new Date().toISOString());
  const interviews = useQuery(interviewListQuery({ mine: false, jobId, from }));
  const next = new Map<string, InterviewResponse>();
  for (const interview of interviews.data ?? []) {
    if (interview.state !== 'cancelled' && !next.has(interview.applicationId)) {
      next.set(interview.applicationId, interview);
    }
  }
  return next;
}

/** A small link to an interview: "Interview Tue 14:00" in the viewer's zone, with the camera when on Zoom. */
export function InterviewChip({ interview }: { interview: InterviewResponse }) {
  const { t, i18n } = useTranslation('interviews');
  const timeZone = useMe().user.timeZone;
  return (
    <Link className="interview-chip" to={`/interviews/${interview.id}`}>
      {interview.meeting && <VideoIcon />}
      {t('chip', { time: formatWeekdayTime(interview.startAt, i18n.language, timeZone) })}
    </Link>
  );
}
