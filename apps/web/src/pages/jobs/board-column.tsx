import type { ApplicationCard, InterviewResponse, Job, Stage } from '@parley/api-contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PagedQueryView } from '../../queries/paged-query-view.tsx';
import { jobApplicationsQuery } from '../../queries/recruiting-queries.ts';
import { PersonName } from '../candidates/person-name.tsx';
import { InterviewChip } from '../interviews/application-interview-chip.tsx';
import { MoveToMenu } from './move-to-menu.tsx';

/** The type a dragged card carries (its application), so a drop of anything else means nothing. */
const cardDragType = 'application/x-parley-application';

/** The dragged card back from the drop's data, or undefined for anything else. */
function droppedCard(event: DragEvent<HTMLElement>): ApplicationCard | undefined {
  try {
    const card = JSON.parse(event.dataTransfer.getData(cardDragType)) as ApplicationCard;
    return typeof card?.id === 'string' && typeof card.version === 'number' ? card : undefined;
  } catch {
    return undefined;
  }
}

/** What the board passes every column: who may move cards, and how a move is made. */
export interface BoardActions {
  job: Job;
  stages: Stage[];
  canEdit: boolean;
  movingId: string | null;
  nextInterviews: ReadonlyMap<string, InterviewResponse>;
  onMove: (card: ApplicationCard, stage: Stage) => void;
}

interface BoardColumnProps extends BoardActions {
  stage: Stage;
  count: number;
  cards: ApplicationCard[];
}

/**
 * One stage: its count, its cards (dragged to another column, or moved with "Move to…") and, beyond the
 * board's first 50, the rest of the stage a page at a time from the applications list.
 */
export function BoardColumn(props: BoardColumnProps) {
  const { t } = useTranslation('recruiting');
  const { stage, count, cards, canEdit, onMove } = props;
  const [dropTarget, setDropTarget] = useState(false);
  const [expanded, setExpanded] = useState(false);

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDropTarget(false);
    const card = droppedCard(event);
    if (card && card.stageId !== stage.id) onMove(card, stage);
  }

  const acceptsDrop = (event: DragEvent<HTMLElement>) =>
    canEdit && event.dataTransfer.types.includes(cardDragType);
  return (
    <section
      className={dropTarget ? 'board-column board-column-drop' : 'board-column'}
      aria-labelledby={`stage-${stage.id}`}
      onDragOver={(event) => {
        if (!acceptsDrop(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropTarget(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(false);
      }}
      onDrop={onDrop}
    >
      <header className="board-column-header">
        <h3 id={`stage-${stage.id}`}>{stage.name}</h3>
        <span className="badge badge-neutral" title={t('jobs.board.count', { count })}>
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('jobs.board.count', { count })}</span>
        </span>
        {stage.isInterview && <p className="board-stage-kind">{t('jobs.board.interviewStage')}</p>}
      </header>
      {expanded ? (
        <PagedCards {...props} />
      ) : cards.length === 0 ? (
        <p className="empty-note">{t('jobs.board.emptyColumn')}</p>
      ) : (
        <CardList {...props} cards={cards} />
      )}
      {!expanded && count > cards.length && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setExpanded(true)}
        >
          {t('jobs.board.more', { count: count - cards.length })}
        </button>
      )}
    </section>
  );
}

/**
 * Every card of the stage, a page of 100 at a time, oldest in the stage first like the board; the
 * board's cards stand in until the first page arrives, so the column does not blank out meanwhile.
 */
function PagedCards(props: BoardColumnProps) {
  const { t } = useTranslation('recruiting');
  const pages = useInfiniteQuery({
    ...jobApplicationsQuery(props.job.id, { status: 'active', stageId: props.stage.id, limit: 100 }),
    placeholderData: (previous) =>
      previous ?? { pages: [{ applications: props.cards, nextCursor: null }], pageParams: [undefined] },
  });
  return (
    <PagedQueryView
      query={pages}
      items={pages.data?.pages.flatMap((page) => page.applications) ?? []}
      empty={<p className="empty-note">{t('jobs.board.emptyColumn')}</p>}
      loadMore={t('jobs.loadMore')}
      loadingMore={t('jobs.loadingMore')}
      compact
    >
      {(cards) => <CardList {...props} cards={cards} />}
    </PagedQueryView>
  );
}

function CardList({
  job,
  stage,
  stages,
  canEdit,
  movingId,
  nextInterviews,
  onMove,
  cards,
}: BoardColumnProps) {
  const { t } = useTranslation('recruiting');
  return (
    <ul className="board-cards">
      {cards.map((card) => {
        const interview = nextInterviews.get(card.id);
        return (
          <li key={card.id}>
            <article
              id={`application-${card.id}`}
              className="board-card"
              tabIndex={-1}
              aria-label={card.candidate.name}
              draggable={canEdit && movingId !== card.id}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData(cardDragType, JSON.stringify(card));
                event.dataTransfer.setData('text/plain', card.candidate.name);
              }}
            >
              <p className="board-card-name">
                <Link to={`/jobs/${job.id}/applications/${card.id}`}>
                  <PersonName name={card.candidate.name} />
                </Link>
              </p>
              {interview && <InterviewChip interview={interview} />}
              <div className="board-card-actions">
                {canEdit && (
                  <MoveToMenu
                    candidateName={card.candidate.name}
                    stages={stages.filter((other) => other.id !== stage.id)}
                    busy={movingId === card.id}
                    onMove={(target) => onMove(card, target)}
                  />
                )}
                {card.canSchedule && (
                  <Link
                    className="button button-primary button-small"
                    to={`/jobs/${job.id}/applications/${card.id}/schedule`}
                  >
                    {t('jobs.board.scheduleInterview')}
                  </Link>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
