import { type InterviewLocationKind, interviewLocationKinds } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { QueryView } from '../../../queries/query-view.tsx';
import { zoomRoomsQuery } from '../../../queries/zoom-queries.ts';
import type { ScheduleDraft } from './schedule-draft.ts';
import { locationDetailsLabel, locationKindLabel } from './schedule-labels.ts';

interface PlaceFieldsProps {
  draft: ScheduleDraft;
  onChange: (change: Partial<ScheduleDraft>) => void;
  /** Zoom locations need the organization's Zoom (rooms come from its account). */
  zoomUsable: boolean;
  errors: { zoomRoomId?: string | undefined; locationDetails?: string | undefined };
}

/**
 * Where the interview takes place: a Zoom meeting, a Zoom Room of the account (its rooms as synced in
 * Settings → Zoom), in person or by phone with the details the people need.
 */
export function PlaceFields({ draft, onChange, zoomUsable, errors }: PlaceFieldsProps) {
  const { t } = useTranslation('interviews');
  return (
    <fieldset className="schedule-section">
      <legend>{t('schedule.place.heading')}</legend>
      <div className="radio-group">
        {interviewLocationKinds.map((kind: InterviewLocationKind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name="locationKind"
              value={kind}
              checked={draft.locationKind === kind}
              onChange={() => onChange({ locationKind: kind, ...(kind === 'zoom' ? { video: true } : {}) })}
            />{' '}
            {locationKindLabel(kind, t)}
          </label>
        ))}
      </div>
      {draft.locationKind === 'zoom_room' && zoomUsable && (
        <RoomField draft={draft} onChange={onChange} error={errors.zoomRoomId} />
      )}
      {(draft.locationKind === 'in_person' || draft.locationKind === 'phone') && (
        <Field label={locationDetailsLabel(draft.locationKind, t)} error={errors.locationDetails}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={500}
              value={draft.locationDetails}
              onChange={(event) => onChange({ locationDetails: event.target.value })}
            />
          )}
        </Field>
      )}
    </fieldset>
  );
}

function RoomField({
  draft,
  onChange,
  error,
}: {
  draft: ScheduleDraft;
  onChange: (change: Partial<ScheduleDraft>) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('interviews');
  const rooms = useQuery(zoomRoomsQuery);
  return (
    <QueryView query={rooms}>
      {({ rooms: list }) =>
        list.length === 0 ? (
          <p className="alert alert-info">{t('schedule.place.noRooms')}</p>
        ) : (
          <Field label={t('schedule.place.room')} error={error}>
            {(control) => (
              <select
                {...control}
                value={draft.zoomRoomId ?? ''}
                onChange={(event) => onChange({ zoomRoomId: event.target.value || null })}
              >
                <option value="">{t('schedule.place.chooseRoom')}</option>
                {list.map((room) => (
                  <option key={room.id} value={room.id}>
                    {room.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )
      }
    </QueryView>
  );
}

interface InterviewerFieldsProps {
  people: readonly { id: string; name: string }[];
  selected: readonly string[];
  onChange: (interviewerIds: string[]) => void;
}

/** Who interviews: the hiring team, the stage's interviewers ticked at first. */
export function InterviewerFields({ people, selected, onChange }: InterviewerFieldsProps) {
  const { t } = useTranslation('interviews');
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset className="schedule-section">
      <legend>{t('schedule.interviewers.heading')}</legend>
      {people.length === 0 ? (
        <p className="text-muted">{t('schedule.interviewers.none')}</p>
      ) : (
        people.map((person) => (
          <label key={person.id} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(person.id)}
              onChange={(event) => toggle(person.id, event.target.checked)}
            />{' '}
            {person.name}
          </label>
        ))
      )}
    </fieldset>
  );
}
