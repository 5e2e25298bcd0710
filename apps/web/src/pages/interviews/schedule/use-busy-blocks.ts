import type { BusyTime, HostChoice } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { busyTimesQuery } from '../../../queries/interviews-queries.ts';
import type { DraftRange } from './schedule-draft.ts';
import type { BusyBlock } from './week-calendar.tsx';
import type { ZoomUsability } from './zoom-usability.ts';

interface BusyBlocksInput {
  week: DraftRange | null;
  interviewerIds: readonly string[];
  host: HostChoice;
  meeting: boolean;
  usability: ZoomUsability;
  /** Names for the owners of busy times (interviewers and host candidates). */
  names: ReadonlyMap<string, string>;
  /** The interview being edited: its own range is the selection, not a clash. */
  interviewId: string | undefined;
}

/** The host candidates whose meetings matter: the one named, or every one Automatic may pick. */
function hostsToShow(host: HostChoice, meeting: boolean, usability: ZoomUsability): string[] {
  if (!meeting) return [];
  if (host.kind === 'host_candidate') return [host.hostCandidateId];
  return host.kind === 'automatic' ? usability.hosts.map((candidate) => candidate.id) : [];
}

/**
 * One block per other interview in the week, named by whose time it takes ("Busy: Kim, Host: Lee"). An
 * interview that keeps an interviewer and a host busy is one block, not two on top of each other.
 */
export function groupBusyTimes(
  busy: readonly BusyTime[],
  describe: (time: BusyTime) => string,
  interviewId: string | undefined,
): BusyBlock[] {
  const byInterview = new Map<string, { start: string; end: string; names: string[] }>();
  for (const time of busy) {
    if (time.interviewId === interviewId) continue;
    const block = byInterview.get(time.interviewId) ?? { start: time.start, end: time.end, names: [] };
    const name = describe(time);
    if (!block.names.includes(name)) block.names.push(name);
    byInterview.set(time.interviewId, block);
  }
  return [...byInterview].map(([id, block]) => ({
    id: `busy-${id}`,
    start: block.start,
    end: block.end,
    title: block.names.join(', '),
  }));
}

/** The selected interviewers' and hosts' Parley interviews in the week the calendar shows. */
export function useBusyBlocks(input: BusyBlocksInput): BusyBlock[] {
  const { t } = useTranslation('interviews');
  const { week } = input;
  const hostCandidateIds = hostsToShow(input.host, input.meeting, input.usability);
  const query = {
    from: week?.start ?? '',
    to: week?.end ?? '',
    userIds: [...input.interviewerIds].sort(),
    hostCandidateIds: hostCandidateIds.sort(),
  };
  const wanted = week !== null && (query.userIds.length > 0 || query.hostCandidateIds.length > 0);
  const busy = useQuery({ ...busyTimesQuery(query), enabled: wanted });
  if (!wanted || !busy.data) return [];
  return groupBusyTimes(
    busy.data,
    (time) => {
      const name = input.names.get(time.ownerId) ?? '';
      return time.kind === 'user'
        ? t('schedule.calendar.busyPerson', { name })
        : t('schedule.calendar.busyHost', { name });
    },
    input.interviewId,
  );
}
