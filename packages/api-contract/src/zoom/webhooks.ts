import { z } from 'zod';

/**
 * `POST /webhooks/zoom` answer to Zoom's `endpoint.url_validation` challenge. The request body is Zoom's
 * own format, checked by the server against Zoom's event schemas, not part of this contract.
 */
export const zoomUrlValidationAnswerSchema = z.object({ plainToken: z.string(), encryptedToken: z.string() });
