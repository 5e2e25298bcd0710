import type { InterviewState } from '@parley/api-contract';
import { useSearchParams } from 'react-router-dom';
import type { InterviewListQuery } from '../../api/interviews-client.ts';
import { addDays, mondayOf, zonedDate } from '../../format/interview-time.ts';
import { instantOfDateAndTime } from '../../format/zoned-clock.ts';
import { useMe } from '../../session/session-context.tsx';
import { interviewStateValues } from './interview-labels.ts';

export type InterviewView = 'list' | 'week';

/** The Interviews page's choices as the address keeps them, so a reload or a shared link shows the same. */
export interface InterviewFilters {
  view: InterviewView;
  /** Only interviews I am on or scheduled; always for interviewers, who see nothing else anyway. */
  mine: boolean;
  jobId: string;
  state: InterviewState | '';
  /** `YYYY-MM-DD` in the viewer's zone; the list starts today unless told otherwise. */
  from: string;
  to: string;
  /** The Monday (`YYYY-MM-DD`) of the week the week view shows. */
  week: string;
}

/** Reads and writes the filters in the address (`?view=week&mine=1&job=…&state=…&from=…&to=…&week=…`). */
export function useInterviewFilters() {
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const timeZone = me.user.timeZone;
  const isInterviewer = me.user.role === 'interviewer';
  const today = zonedDate(new Date().toISOString(), timeZone);
  const state = params.get('state') ?? '';
  const filters: InterviewFilters = {
    view: params.get('view') === 'week' ? 'week' : 'list',
    mine: isInterviewer || params.get('mine') === '1',
    jobId: params.get('job') ?? '',
    state: interviewStateValues.find((value) => value === state) ?? '',
    from: params.get('from') ?? today,
    to: params.get('to') ?? '',
    week: mondayOf(params.get('week') ?? today),
  };

  function change(changes: Partial<InterviewFilters>) {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    if (next.view === 'week') search.set('view', 'week');
    if (next.mine && !isInterviewer) search.set('mine', '1');
    if (next.jobId) search.set('job', next.jobId);
    if (next.state) search.set('state', next.state);
    if (next.from !== today) search.set('from', next.from);
    if (next.to) search.set('to', next.to);
    if (next.week !== mondayOf(today)) search.set('week', next.week);
    setParams(search, { replace: true });
  }

  return { filters, change, canChooseMine: !isInterviewer, thisWeek: mondayOf(today), timeZone };
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in `timeZone`; undefined for text that is no date. */
function startOfDay(date: string, timeZone: string): string | undefined {
  const instant = instantOfDateAndTime(date, '00:00', timeZone);
  return instant === null ? undefined : new Date(instant).toISOString();
}

/** The `GET /api/interviews` query of the filters: the chosen days, or the shown week, in the viewer's zone. */
export function interviewListQueryOf(filters: InterviewFilters, timeZone: string): InterviewListQuery {
  const range =
    filters.view === 'week'
      ? { from: startOfDay(filters.week, timeZone), to: startOfDay(addDays(filters.week, 7), timeZone) }
      : {
          from: filters.from ? startOfDay(filters.from, timeZone) : undefined,
          to: filters.to ? startOfDay(addDays(filters.to, 1), timeZone) : undefined,
        };
  return {
    mine: filters.mine,
    ...(filters.jobId && { jobId: filters.jobId }),
    ...(filters.state && { state: filters.state }),
    ...(range.from && { from: range.from }),
    ...(range.to && { to: range.to }),
  };
}
