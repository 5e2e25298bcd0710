import { api } from './parley-client.ts';
import { createRecruitingCalls } from './recruiting-api.ts';

/**
 * The recruiting calls on the app's one HTTP client. Kept out of `ParleyApi` so that they load with the
 * jobs pages instead of with the login page (scripts/check-web-size.ts).
 */
export const recruitingApi = createRecruitingCalls(api.http);
