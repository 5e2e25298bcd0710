/** What a message about an interview is: the first invitation, an update to it, or its cancellation. */
export const interviewMessageKinds = ['invitation', 'update', 'cancellation'] as const;
export type InterviewMessageKind = (typeof interviewMessageKinds)[number];

/** Who a message about an interview goes to. */
export const interviewMessageRoles = ['candidate', 'interviewer', 'recruiter'] as const;
export type InterviewMessageRole = (typeof interviewMessageRoles)[number];

/**
 * Where a message stands: `queued` until the first try, `retrying` after a temporary SMTP failure,
 * `delivered` once the mail server accepted it, `failed` when it refused it for good (a 5xx such as 550)
 * or every retry failed.
 */
export const interviewMessageStates = ['queued', 'retrying', 'delivered', 'failed'] as const;
export type InterviewMessageState = (typeof interviewMessageStates)[number];
