import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestSession } from '../../test/create-test-app.ts';

/** A signed-in user's requests to the recruiting API, answering parsed JSON and failing on surprises. */
export function recruitingClient(parley: TestApp, as: TestSession) {
  const send = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse> => parley.request({ method, url, as, payload });
  const expectOk = async (response: Promise<LightMyRequestResponse>) => {
    const answered = await response;
    if (answered.statusCode >= 300) {
      throw new Error(`${answered.statusCode} ${answered.body}`);
    }
    return answered.json();
  };
  return {
    send,
    get: (url: string) => expectOk(send('GET', url)),
    post: (url: string, payload: object = {}) => expectOk(send('POST', url, payload)),
    patch: (url: string, payload: object) => expectOk(send('PATCH', url, payload)),
    put: (url: string, payload: object) => expectOk(send('PUT', url, payload)),
    createJob: (payload: object = {}) =>
      expectOk(
        send('POST', '/api/jobs', { title: 'Backend Engineer', department: 'Engineering', ...payload }),
      ),
    createCandidate: (payload: object) => expectOk(send('POST', '/api/candidates', payload)),
  };
}

/** The recruiting client of one user. */
export type RecruitingClient = ReturnType<typeof recruitingClient>;
