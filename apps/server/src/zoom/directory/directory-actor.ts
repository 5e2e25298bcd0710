/** Who reads the Zoom directory: a signed-in admin, or Parley itself (`userId` null) after a connect. */
export interface DirectoryActor {
  organizationId: string;
  userId: string | null;
}
