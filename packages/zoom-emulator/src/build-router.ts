import type { ZoomEmulatorControl } from './control/control-api.ts';
import { registerControlRoutes } from './control/control-routes.ts';
import type { EmulatorContext } from './emulator-context.ts';
import { Router } from './http/router.ts';
import { htmlResponse } from './http/send-response.ts';
import { createMeetingPageRoutes } from './meetings/meeting-page-routes.ts';
import { createAuthorizeRoutes } from './oauth/authorize-routes.ts';
import { currentSessionUser } from './oauth/browser-session.ts';
import { createRevokeRoute } from './oauth/revoke-route.ts';
import { createTokenRoute } from './oauth/token-route.ts';
import { escapeHtml, renderPage } from './pages/render-layout.ts';
import { createMeetingItemRoutes } from './rest/meeting-item-routes.ts';
import { createMeetingRoutes } from './rest/meeting-routes.ts';
import { createRoomRoutes } from './rest/room-routes.ts';
import { createUserRoutes } from './rest/user-routes.ts';

/** Every route of the emulator: zoom.us (OAuth, pages), api.zoom.us (`/v2`) and the control API. */
export function buildRouter(context: EmulatorContext, control: ZoomEmulatorControl): Router {
  const router = new Router();
  const authorize = createAuthorizeRoutes(context);
  const users = createUserRoutes(context);
  const meetings = createMeetingRoutes(context);
  const meetingItems = createMeetingItemRoutes(context);
  const rooms = createRoomRoutes(context);
  const pages = createMeetingPageRoutes(context);
  router
    .add('GET', '/oauth/authorize', authorize.authorize)
    .add('POST', '/oauth/token', createTokenRoute(context))
    .add('POST', '/oauth/revoke', createRevokeRoute(context))
    .add('POST', '/oauth/consent', authorize.consent)
    .add('GET', '/signin', authorize.signInPage)
    .add('POST', '/signin', authorize.signIn)
    .add('GET', '/logout', authorize.logout)
    .add('POST', '/logout', authorize.logout)
    .add('GET', '/v2/users', users.listUsers)
    .add('GET', '/v2/users/{userId}', users.getUser)
    .add('GET', '/v2/users/{userId}/settings', users.getUserSettings)
    .add('POST', '/v2/users/{userId}/meetings', meetings.createMeeting)
    .add('GET', '/v2/users/{userId}/meetings', meetings.listMeetings)
    .add('GET', '/v2/meetings/{meetingId}', meetingItems.getMeeting)
    .add('PATCH', '/v2/meetings/{meetingId}', meetingItems.updateMeeting)
    .add('DELETE', '/v2/meetings/{meetingId}', meetingItems.deleteMeeting)
    .add('GET', '/v2/rooms', rooms.listRooms)
    .add('GET', '/j/{meetingId}', pages.join)
    .add('GET', '/s/{meetingId}', pages.start)
    .add('POST', '/s/{meetingId}/end', pages.end)
    .add('GET', '/', (request) => {
      const user = currentSessionUser(context, request);
      const who = user
        ? `Signed in as ${escapeHtml(user.email)} · <a href="/logout">Sign out</a>`
        : '<a href="/signin">Sign In</a>';
      return htmlResponse(
        200,
        renderPage(
          'Zoom emulator',
          `<h1>Zoom emulator</h1><p>${who}</p><p><a href="/_emulator/">Control page</a></p>`,
        ),
      );
    });
  registerControlRoutes(router, context, control);
  return router;
}
