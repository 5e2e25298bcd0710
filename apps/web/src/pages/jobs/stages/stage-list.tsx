import type { Job, Stage } from '@parley/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { recruitingApi } from '../../../api/recruiting-client.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { jobQuery, recruitingKeys } from '../../../queries/recruiting-queries.ts';
import { moveItem } from './reorder.ts';
import { StageSettingsForm } from './stage-settings-form.tsx';

interface FocusRequest {
  stageId: string;
  button: 'up' | 'down';
}

/**
 * The job's stages in order. Each moves by drag and drop, or by its "Move up" / "Move down" buttons (the
 * keyboard's way; the focus stays on the moved stage's button), opens its settings, or is removed, which
 * the server refuses while applications sit in the stage: that message shows at the stage.
 */
export function StageList({ job }: { job: Job }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const stages = [...job.stages].sort((a, b) => a.position - b.position);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Stage | null>(null);
  const setJob = (changed: Job) => queryClient.setQueryData(jobQuery(job.id).queryKey, changed);

  const reorder = useMutation({
    mutationFn: ({ ids }: { ids: string[]; stage: Stage; focus?: FocusRequest }) =>
      recruitingApi.reorderStages(job.id, ids),
    meta: { invalidates: [recruitingKeys.job(job.id)] },
    onSuccess: (changed, { ids, stage, focus: request }) => {
      setJob(changed);
      setAnnouncement(
        t('stages.movedTo', { stage: stage.name, position: ids.indexOf(stage.id) + 1, count: ids.length }),
      );
      if (request) setFocus(request);
    },
  });
  const remove = useMutation({
    mutationFn: (stage: Stage) => recruitingApi.removeStage(job.id, stage.id),
    meta: { invalidates: [recruitingKeys.job(job.id)] },
    onSuccess: (changed, stage) => {
      setRemoving(null);
      setJob(changed);
      setAnnouncement(t('stages.removed', { stage: stage.name }));
    },
    onError: () => setRemoving(null),
  });

  useEffect(() => {
    // The move buttons are disabled while a move is saved, and a disabled button cannot take the focus:
    // wait until the list is enabled again, whichever renders first.
    if (!focus || reorder.isPending) return;
    const stageIndex = stages.findIndex((stage) => stage.id === focus.stageId);
    const button =
      (focus.button === 'up' && stageIndex === 0) ||
      (focus.button === 'down' && stageIndex === stages.length - 1)
        ? focus.button === 'up'
          ? 'down'
          : 'up'
        : focus.button;
    document.getElementById(`stage-${focus.stageId}-${button}`)?.focus();
    setFocus(null);
  }, [focus, stages, reorder.isPending]);

  function move(stage: Stage, to: number, button?: 'up' | 'down') {
    const ids = stages.map((each) => each.id);
    const from = ids.indexOf(stage.id);
    if (to === from || to < 0 || to >= ids.length) return;
    reorder.mutate({
      ids: moveItem(ids, from, to),
      stage,
      ...(button && { focus: { stageId: stage.id, button } }),
    });
  }

  function onDrop(event: DragEvent<HTMLLIElement>, target: number) {
    event.preventDefault();
    const stage = stages.find((each) => each.id === dragged);
    setDragged(null);
    if (stage) move(stage, target);
  }

  const refusedRemoval = remove.error instanceof ApiError ? remove.error : null;
  return (
    <section className="section" aria-labelledby="stage-list-heading">
      <h2 id="stage-list-heading">{t('stages.heading')}</h2>
      <p className="section-intro">{t('stages.intro')}</p>
      <SuccessMessage>{announcement}</SuccessMessage>
      {reorder.error !== null && <ErrorAlert error={reorder.error} />}
      <ol className="stage-list" aria-busy={reorder.isPending}>
        {stages.map((stage, index) => (
          <li
            key={stage.id}
            className={dragged === stage.id ? 'stage-item card stage-item-dragged' : 'stage-item card'}
            draggable={!reorder.isPending && editing !== stage.id}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', stage.name);
              setDragged(stage.id);
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => {
              if (dragged) event.preventDefault();
            }}
            onDrop={(event) => onDrop(event, index)}
            aria-labelledby={`stage-${stage.id}-name`}
          >
            <div className="stage-item-row">
              <span className="stage-drag-handle" aria-hidden="true">
                ⠿
              </span>
              <span className="stage-item-name" id={`stage-${stage.id}-name`}>
                {stage.name}
              </span>
              {stage.isInterview && (
                <span className="badge badge-info">{t('jobs.board.interviewStage')}</span>
              )}
              <span className="text-muted">{t('jobs.board.count', { count: stage.applicationCount })}</span>
              <span className="stage-item-actions">
                <button
                  id={`stage-${stage.id}-up`}
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('stages.moveUp', { stage: stage.name })}
                  disabled={index === 0 || reorder.isPending}
                  onClick={() => move(stage, index - 1, 'up')}
                >
                  ↑
                </button>
                <button
                  id={`stage-${stage.id}-down`}
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('stages.moveDown', { stage: stage.name })}
                  disabled={index === stages.length - 1 || reorder.isPending}
                  onClick={() => move(stage, index + 1, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-expanded={editing === stage.id}
                  aria-label={t('stages.editLabel', { stage: stage.name })}
                  onClick={() => setEditing(editing === stage.id ? null : stage.id)}
                >
                  {t('stages.edit')}
                </button>
                <button
                  type="button"
                  className="button button-danger-outline button-small"
                  aria-label={t('stages.removeLabel', { stage: stage.name })}
                  onClick={() => {
                    remove.reset();
                    setRemoving(stage);
                  }}
                >
                  {t('stages.remove')}
                </button>
              </span>
            </div>
            {refusedRemoval && remove.variables?.id === stage.id && (
              <p className="alert alert-warning" role="alert">
                {refusedRemoval.message}
              </p>
            )}
            {editing === stage.id && (
              <StageSettingsForm job={job} stage={stage} onDone={() => setEditing(null)} />
            )}
          </li>
        ))}
      </ol>
      {removing && (
        <ConfirmDialog
          heading={t('stages.removeHeading', { stage: removing.name })}
          text={t('stages.removeText')}
          confirmLabel={t('stages.remove')}
          destructive
          busy={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
