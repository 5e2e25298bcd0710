import type {
  AutoRecordingMode,
  InterviewLocationKind,
  Job,
  Stage,
  StageZoomMeetingSettings,
} from '@parley/api-contract';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recruitingApi } from '../../../api/recruiting-client.ts';
import { Field, TextField } from '../../../components/field.tsx';
import { FieldForm } from '../../../components/field-form.tsx';
import { CheckboxChoice, ConflictNotice, FormActions } from '../../../components/form-parts.tsx';
import { useEditForm } from '../../../components/use-edit-form.ts';
import { jobQuery } from '../../../queries/recruiting-queries.ts';
import {
  autoRecordingLabel,
  autoRecordingValues,
  locationKindLabel,
  locationKindValues,
} from './stage-labels.ts';
import { TopicTemplateField, topicTemplateError } from './topic-template-field.tsx';

const stageFields = [
  'name',
  'isInterview',
  'defaultDurationMinutes',
  'defaultInterviewerIds',
  'locationKind',
  'videoDefault',
  'zoomMeetingSettings',
  'topicTemplate',
] as const;

type StageValues = Omit<
  Stage,
  'id' | 'position' | 'applicationCount' | 'version' | 'defaultDurationMinutes'
> & {
  defaultDurationMinutes: string;
};

const valuesOf = (stage: Stage): StageValues => ({
  ...stage,
  defaultDurationMinutes: String(stage.defaultDurationMinutes),
});

const zoomSwitches = ['waitingRoom', 'passcode', 'joinBeforeHost', 'muteOnEntry'] as const;

/**
 * A stage's name and, for an interview stage, the defaults its interviews start with: duration,
 * interviewers (from the hiring team), where it takes place, whether it gets a Zoom meeting, that
 * meeting's settings and its topic. The change carries the stage's version the form started from: when
 * someone else saved the stage first, the form says so and shows their settings.
 */
export function StageSettingsForm({ job, stage, onDone }: { job: Job; stage: Stage; onDone: () => void }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const form = useEditForm({
    fields: stageFields,
    start: stage,
    valuesOf,
    fetchLatest: async () =>
      (await queryClient.fetchQuery({ ...jobQuery(job.id), staleTime: 0 })).stages.find(
        (candidate) => candidate.id === stage.id,
      ),
  });
  const { values } = form;
  const set = (changes: Partial<StageValues>) => form.setValues({ ...values, ...changes });
  const setZoom = (changes: Partial<StageZoomMeetingSettings>) =>
    set({ zoomMeetingSettings: { ...values.zoomMeetingSettings, ...changes } });

  function validate() {
    const errors: Partial<Record<(typeof stageFields)[number], string>> = {};
    if (!values.name.trim()) errors.name = t('validation.required');
    if (!values.isInterview) return errors;
    const minutes = Number(values.defaultDurationMinutes);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) {
      errors.defaultDurationMinutes = t('stages.durationRange');
    }
    const topicError = topicTemplateError(values.topicTemplate, t);
    if (topicError) errors.topicTemplate = topicError;
    return errors;
  }

  async function send() {
    const { isInterview } = values;
    const changed = await recruitingApi.updateStage(job.id, stage.id, {
      version: form.base.version,
      name: values.name.trim(),
      isInterview,
      ...(isInterview && {
        defaultDurationMinutes: Number(values.defaultDurationMinutes),
        defaultInterviewerIds: values.defaultInterviewerIds,
        locationKind: values.locationKind,
        videoDefault: values.videoDefault,
        zoomMeetingSettings: values.zoomMeetingSettings,
        topicTemplate: values.topicTemplate.trim(),
      }),
    });
    queryClient.setQueryData(jobQuery(job.id).queryKey, changed);
    onDone();
  }

  return (
    <FieldForm
      form={form}
      className="form stage-settings"
      aria-label={t('stages.settingsLabel', { stage: stage.name })}
      onSubmit={(event) => form.submit(event, { validate, send })}
      above={form.conflict && <ConflictNotice>{t('jobs.conflict')}</ConflictNotice>}
    >
      <TextField
        label={t('stages.name')}
        error={form.fieldErrors.name}
        maxLength={80}
        value={values.name}
        onChange={(name) => set({ name })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.isInterview}
          onChange={(event) => set({ isInterview: event.target.checked })}
        />{' '}
        {t('stages.isInterview')}
      </label>
      {values.isInterview && (
        <fieldset className="stage-interview-defaults">
          <legend>{t('stages.interviewDefaults')}</legend>
          <Field label={t('stages.duration')} error={form.fieldErrors.defaultDurationMinutes}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={5}
                max={1440}
                step={5}
                value={values.defaultDurationMinutes}
                onChange={(event) => set({ defaultDurationMinutes: event.target.value })}
              />
            )}
          </Field>
          <InterviewerChoice
            job={job}
            chosen={values.defaultInterviewerIds}
            onChange={(defaultInterviewerIds) => set({ defaultInterviewerIds })}
          />
          <Field label={t('stages.locationKind')} error={form.fieldErrors.locationKind}>
            {(control) => (
              <select
                {...control}
                value={values.locationKind}
                onChange={(event) =>
                  set({
                    locationKind:
                      locationKindValues.find((kind) => kind === event.target.value) ??
                      (values.locationKind as InterviewLocationKind),
                  })
                }
              >
                {locationKindValues.map((kind) => (
                  <option key={kind} value={kind}>
                    {locationKindLabel(kind, t)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.videoDefault}
              onChange={(event) => set({ videoDefault: event.target.checked })}
            />{' '}
            {t('stages.videoDefault')}
          </label>
          <fieldset className="stage-zoom-settings">
            <legend>{t('stages.zoomSettings')}</legend>
            {zoomSwitches.map((name) => (
              <label key={name} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.zoomMeetingSettings[name]}
                  onChange={(event) => setZoom({ [name]: event.target.checked })}
                />{' '}
                {zoomSwitchLabel(name, t)}
              </label>
            ))}
            <Field label={t('stages.zoom.autoRecording')}>
              {(control) => (
                <select
                  {...control}
                  value={values.zoomMeetingSettings.autoRecording}
                  onChange={(event) =>
                    setZoom({
                      autoRecording:
                        autoRecordingValues.find((mode) => mode === event.target.value) ??
                        (values.zoomMeetingSettings.autoRecording as AutoRecordingMode),
                    })
                  }
                >
                  {autoRecordingValues.map((mode) => (
                    <option key={mode} value={mode}>
                      {autoRecordingLabel(mode, t)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
          <TopicTemplateField
            value={values.topicTemplate}
            serverError={form.fieldErrors.topicTemplate}
            onChange={(topicTemplate) => set({ topicTemplate })}
          />
        </fieldset>
      )}
      <FormActions
        submitting={form.submitting}
        submit={t('stages.save')}
        submittingLabel={t('stages.saving')}
        onCancel={onDone}
      />
    </FieldForm>
  );
}

function zoomSwitchLabel(
  name: (typeof zoomSwitches)[number],
  t: ReturnType<typeof useTranslation<'recruiting'>>['t'],
) {
  switch (name) {
    case 'waitingRoom':
      return t('stages.zoom.waitingRoom');
    case 'passcode':
      return t('stages.zoom.passcode');
    case 'joinBeforeHost':
      return t('stages.zoom.joinBeforeHost');
    case 'muteOnEntry':
      return t('stages.zoom.muteOnEntry');
  }
}

interface InterviewerChoiceProps {
  job: Job;
  chosen: string[];
  onChange: (userIds: string[]) => void;
}

/** The default interviewers: people of the job's hiring team, each a checkbox. */
function InterviewerChoice({ job, chosen, onChange }: InterviewerChoiceProps) {
  const { t } = useTranslation('recruiting');
  return (
    <fieldset className="field">
      <legend>{t('stages.defaultInterviewers')}</legend>
      {job.hiringTeam.length === 0 ? (
        <p className="field-hint">{t('stages.noHiringTeam')}</p>
      ) : (
        <CheckboxChoice
          items={job.hiringTeam.map((member) => ({ id: member.id, label: member.name }))}
          chosen={chosen}
          onChange={onChange}
        />
      )}
    </fieldset>
  );
}
