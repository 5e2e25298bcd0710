/** One HTTP request as it left the client. */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/**
 * A `fetch` that records every request it sends before sending it for real, so tests can assert the exact
 * wire request (method, path, headers, body) rather than a mocked function call.
 */
export function recordWire(): { fetch: typeof fetch; requests: WireRequest[] } {
  const requests: WireRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    requests.push({ method: request.method, url: new URL(request.url), headers: request.headers, body });
    return fetch(request);
  };
  return { fetch: recordingFetch, requests };
}
