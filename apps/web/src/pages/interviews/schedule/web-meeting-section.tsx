import type { HostChoice, HostPreviewBody } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { formatDateTime } from '../../../format/date-time.ts';
import { formatClockRange } from '../../../format/interview-time.ts';
import { hostPreviewQuery } from '../../../queries/interviews-queries.ts';
import { wordHostExplanation } from '../host-explanation.ts';
import { zoomBlockerText } from './schedule-labels.ts';
import type { ZoomUsability } from './zoom-usability.ts';

/** How the explanation shows times: in the recruiter's language and zone. */
export interface TimeWords {
  language: string;
  timeZone: string;
}

interface WebMeetingSectionProps {
  usability: ZoomUsability;
  isAdmin: boolean;
  /** Whether the place itself is Zoom: the meeting is then not optional. */
  zoomLocation: boolean;
  video: boolean;
  onVideoChange: (video: boolean) => void;
  host: HostChoice;
  onHostChange: (host: HostChoice) => void;
  /** The host preview to ask for; null while no meeting is wanted. */
  preview: HostPreviewBody | null;
  words: TimeWords;
}

/** `automatic`, `own` or a host candidate id: the value of the host `<select>`. */
function hostValue(host: HostChoice): string {
  if (host.kind === 'host_candidate') return host.hostCandidateId;
  return host.kind === 'own_zoom' ? 'own' : 'automatic';
}

function hostFromValue(value: string): HostChoice {
  if (value === 'automatic') return { kind: 'automatic' };
  if (value === 'own') return { kind: 'own_zoom' };
  return { kind: 'host_candidate', hostCandidateId: value };
}

/**
 * Why no Web meeting can be made, with the way out: admins get a link to Settings → Zoom, everyone else is
 * told to ask an admin.
 */
export function ZoomBlockedNotice({ usability, isAdmin }: { usability: ZoomUsability; isAdmin: boolean }) {
  const { t } = useTranslation('interviews');
  if (!usability.blocker) return null;
  return (
    <div className="alert alert-warning">
      <p>{zoomBlockerText(usability.blocker, t)}</p>
      <p>
        {isAdmin ? (
          <Link to="/settings/zoom">{t('schedule.webMeeting.fixInSettings')}</Link>
        ) : (
          t('schedule.webMeeting.askAdmin')
        )}
      </p>
    </div>
  );
}

/**
 * The Web meeting part of the dialog: video on or off, who hosts, and before anything is created who
 * would host it and why ("Kim: free, 1 interview that day; skipped Lee: busy 10:00–11:00"). When nobody
 * fits it says so and why; the form then offers no Create.
 */
export function WebMeetingSection(props: WebMeetingSectionProps) {
  const { t } = useTranslation('interviews');
  const hostId = useId();
  const { usability, preview } = props;
  const meetingWanted = props.zoomLocation || props.video;
  return (
    <fieldset className="schedule-section">
      <legend>{t('schedule.webMeeting.heading')}</legend>
      <ZoomBlockedNotice usability={usability} isAdmin={props.isAdmin} />
      {props.zoomLocation ? (
        <p className="text-muted">{t('schedule.webMeeting.alwaysForZoom')}</p>
      ) : (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={props.video}
            onChange={(event) => props.onVideoChange(event.target.checked)}
          />{' '}
          {t('schedule.webMeeting.video')}
        </label>
      )}
      {meetingWanted && (
        <>
          <div className="field">
            <label htmlFor={hostId}>{t('schedule.host.label')}</label>
            <select
              id={hostId}
              value={hostValue(props.host)}
              onChange={(event) => props.onHostChange(hostFromValue(event.target.value))}
            >
              {usability.organization && <option value="automatic">{t('schedule.host.automatic')}</option>}
              {usability.hosts.map((host) => (
                <option key={host.id} value={host.id}>
                  {host.label}
                </option>
              ))}
              {usability.ownZoom && <option value="own">{t('schedule.host.ownZoom')}</option>}
            </select>
          </div>
          {preview && <HostPreview body={preview} words={props.words} />}
        </>
      )}
    </fieldset>
  );
}

/** Who would host, and why; announced politely so screen readers hear a changed answer. */
function HostPreview({ body, words }: { body: HostPreviewBody; words: TimeWords }) {
  const { t } = useTranslation('interviews');
  const preview = useQuery(hostPreviewQuery(body));
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />;
  const { explanation } = preview.data;
  const lines = wordHostExplanation(explanation, t, {
    range: (start, end) => formatClockRange(start, end, words.language, words.timeZone),
    instant: (isoInstant) => formatDateTime(isoInstant, words.language, words.timeZone),
  });
  return (
    <div
      className={explanation.chosen ? 'host-explanation' : 'host-explanation alert alert-error'}
      aria-live="polite"
      data-testid="host-explanation"
    >
      <p>
        <strong>{explanation.chosen ? lines.chosen : t('schedule.host.nobody')}</strong>
      </p>
      {lines.skipped.length > 0 && (
        <ul>
          {lines.skipped.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
