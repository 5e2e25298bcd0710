/** A refused control operation; the control API answers with `status` and `{error: message}`. */
export class ControlError extends Error {
  readonly status: number;
  readonly details: unknown;

  constructor(status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ControlError';
    this.status = status;
    this.details = details;
  }
}
