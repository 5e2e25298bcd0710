import type { ApplicationCard, Board, Job, Stage } from '@parley/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { SuccessMessage } from '../../components/alerts.tsx';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ChangeProblem } from '../../components/form-parts.tsx';
import { jobBoardQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { useNextInterviewByApplication } from '../interviews/application-interview-chip.tsx';
import { type BoardActions, BoardColumn } from './board-column.tsx';

interface Move {
  card: ApplicationCard;
  stage: Stage;
}

/** The board with `moved` taken out of its column and put first into the stage the server answered. */
function placeCard(board: Board, moved: ApplicationCard): Board {
  const columns = board.columns.map((column) => {
    const without = column.applications.filter((card) => card.id !== moved.id);
    const left = without.length < column.applications.length;
    if (column.stageId === moved.stageId) {
      return { ...column, count: column.count + (left ? 0 : 1), applications: [moved, ...without] };
    }
    return left ? { ...column, count: column.count - 1, applications: without } : column;
  });
  return { ...board, columns };
}

/**
 * The pipeline as a board: a column per stage with its count, a card per application. Recruiters and
 * admins move cards with "Move to…"; a stale card (someone moved it first) is explained and the board
 * refetched. The moved card keeps the focus in its new column.
 */
export function JobBoard({ job, board, canEdit }: { job: Job; board: Board; canEdit: boolean }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [focusCardId, setFocusCardId] = useState<string | null>(null);
  const nextInterviews = useNextInterviewByApplication(job.id);
  const move = useMutation({
    mutationFn: ({ card, stage }: Move) => recruitingApi.moveApplication(card, stage.id),
    meta: { invalidates: [recruitingKeys.job(job.id)] },
    onSuccess: (moved, { card, stage }) => {
      queryClient.setQueryData(jobBoardQuery(job.id).queryKey, (old) => old && placeCard(old, moved));
      setAnnouncement(t('jobs.board.moved', { name: card.candidate.name, stage: stage.name }));
      setFocusCardId(moved.id);
    },
    onError: (error) => {
      if (isEditConflict(error)) void queryClient.invalidateQueries({ queryKey: recruitingKeys.job(job.id) });
    },
  });

  useEffect(() => {
    if (focusCardId) document.getElementById(`application-${focusCardId}`)?.focus();
  }, [focusCardId]);

  const stages = [...job.stages].sort((a, b) => a.position - b.position);
  const actions: BoardActions = {
    job,
    stages,
    canEdit,
    movingId: move.isPending ? move.variables.card.id : null,
    nextInterviews,
    onMove: (card, stage) => move.mutate({ card, stage }),
  };
  const total = board.columns.reduce((sum, column) => sum + column.count, 0);
  return (
    <section className="section" aria-labelledby="board-heading">
      <h2 id="board-heading">{t('jobs.board.heading')}</h2>
      <SuccessMessage>{announcement}</SuccessMessage>
      <ChangeProblem error={move.error} conflict={t('jobs.conflict')} />
      {total === 0 && <EmptyState title={t('jobs.board.emptyTitle')} text={t('jobs.board.emptyText')} />}
      <div className="board">
        {stages.map((stage) => {
          const column = board.columns.find((candidate) => candidate.stageId === stage.id);
          return (
            <BoardColumn
              key={stage.id}
              {...actions}
              stage={stage}
              count={column?.count ?? 0}
              cards={column?.applications ?? []}
            />
          );
        })}
      </div>
      <p className="text-muted">
        {t('jobs.board.closedApplications', {
          rejected: board.rejected.count,
          withdrawn: board.withdrawn.count,
        })}
      </p>
    </section>
  );
}
