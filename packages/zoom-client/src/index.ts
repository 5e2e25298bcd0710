export { buildZoomAuthorizeUrl, type ZoomAuthorizationRequest } from './oauth/build-zoom-authorize-url.ts';
export {
  exchangeZoomCode,
  processZoomTokenResponse,
  refreshZoomToken,
  requestZoomAccountToken,
  revokeZoomToken,
  type ZoomAppCredentials,
  type ZoomTokenSet,
} from './oauth/request-zoom-token.ts';
export {
  requestZoomApi,
  type ZoomAnswerInfo,
  type ZoomRestOptions,
  type ZoomRestRequest,
} from './rest/request-zoom-api.ts';
export {
  createZoomMeeting,
  deleteZoomMeeting,
  getZoomMeeting,
  listZoomUserMeetings,
  updateZoomMeeting,
} from './rest/zoom-meetings.ts';
export { listAllZoomRooms } from './rest/zoom-rooms.ts';
export * from './rest/zoom-schemas.ts';
export {
  getZoomUser,
  getZoomUserSettings,
  type ListZoomUsersQuery,
  listAllZoomUsers,
  listZoomUsers,
} from './rest/zoom-users.ts';
export { ZoomApiError, type ZoomRateLimitType } from './zoom-api-error.ts';
export { type ZoomCallOptions, type ZoomEndpoints, zoomProductionEndpoints } from './zoom-endpoints.ts';
