import type { HostCandidate, OrganizationZoomConnection, PersonalZoomConnection } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { canMakeMeetings, defaultPlace, zoomUsability } from './zoom-usability.ts';

const organization = (status: OrganizationZoomConnection['status']) =>
  ({ status }) as OrganizationZoomConnection;
const personal = (status: PersonalZoomConnection['status']) => ({ status }) as PersonalZoomConnection;
const hosts = [
  { id: 'kim', label: 'Kim', flag: null },
  { id: 'lee', label: 'Lee', flag: 'deactivated' },
] as unknown as HostCandidate[];

describe('what the schedule dialog may offer for a Web meeting', () => {
  it('offers the organization’s unflagged hosts when its connection works', () => {
    const usability = zoomUsability(organization('connected'), personal('not_connected'), hosts);
    expect(usability).toMatchObject({ organization: true, blocker: null, ownZoom: false });
    expect(usability.hosts.map((host) => host.id)).toEqual(['kim']);
  });

  it('names why the organization’s Zoom cannot make meetings, and offers only the recruiter’s own', () => {
    for (const status of [
      'not_connected',
      'awaiting_authorization',
      'needs_reconnect',
      'removed_in_zoom',
    ] as const) {
      const usability = zoomUsability(organization(status), personal('connected'), hosts);
      expect(usability).toMatchObject({ organization: false, blocker: status, ownZoom: true, hosts: [] });
      expect(canMakeMeetings(usability)).toBe(true);
    }
    expect(
      canMakeMeetings(zoomUsability(organization('needs_reconnect'), personal('needs_reconnect'), hosts)),
    ).toBe(false);
  });

  it('starts a new interview at the stage’s place when it can be used, else in person', () => {
    const none = zoomUsability(organization('not_connected'), personal('not_connected'), hosts);
    const ownOnly = zoomUsability(organization('needs_reconnect'), personal('connected'), hosts);
    const organizations = zoomUsability(organization('connected'), personal('not_connected'), hosts);
    expect(defaultPlace('zoom', none)).toBe('in_person');
    expect(defaultPlace('zoom_room', none)).toBe('in_person');
    expect(defaultPlace('phone', none)).toBe('phone');
    expect(defaultPlace('zoom', ownOnly)).toBe('zoom');
    expect(defaultPlace('zoom_room', ownOnly)).toBe('in_person');
    expect(defaultPlace('zoom', organizations)).toBe('zoom');
    expect(defaultPlace('zoom_room', organizations)).toBe('zoom_room');
  });
});
