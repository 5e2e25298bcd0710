import type { LightMyRequestResponse } from 'fastify';
import type { TestSession } from '../../test/create-test-app.ts';
import { useWorld } from '../../test/use-world.ts';
import { listenForZoomWebhooks } from './listen-for-zoom-webhooks.ts';
import { createZoomTestApp, insertConnectedOrganization, type ZoomTestApp } from './zoom-test-fixtures.ts';

/** An organization connected to a Zoom account, with signed-in users. */
export interface DirectoryOrganization {
  organizationId: string;
  connectionId: string;
  admin: TestSession;
  recruiter: TestSession;
  interviewer: TestSession;
}

/** The directory organizations in their Parley, and the bodiless requests the directory's routes take. */
export interface DirectoryTestWorld {
  parley: ZoomTestApp;
  acme: DirectoryOrganization;
  globex: DirectoryOrganization;
  get: (url: string, as: TestSession) => Promise<LightMyRequestResponse>;
  post: (url: string, as: TestSession) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
}

/**
 * Parley receiving the emulator's webhooks, with "Directory Acme" connected to Zoom's acme account by
 * admin@acme.test and "Directory Globex" connected to globex by its owner.
 */
export async function createDirectoryTestWorld(): Promise<DirectoryTestWorld> {
  const parley = await createZoomTestApp();
  await listenForZoomWebhooks(parley);
  const organization = async (name: string, zoomEmail: string): Promise<DirectoryOrganization> => {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const { organizationId, connectionId } = await insertConnectedOrganization(parley, name, zoomEmail);
    return {
      organizationId,
      connectionId,
      admin: await parley.login(`admin@${slug}.test`),
      recruiter: await parley.login(`recruiter@${slug}.test`),
      interviewer: await parley.login(`interviewer@${slug}.test`),
    };
  };
  return {
    parley,
    acme: await organization('Directory Acme', 'admin@acme.test'),
    globex: await organization('Directory Globex', 'owner@globex.test'),
    get: (url, as) => parley.request({ method: 'GET', url, as }),
    post: (url, as) => parley.request({ method: 'POST', url, as }),
    close: () => parley.close(),
  };
}

/** The directory world started before the file's tests and closed after them. */
export function useDirectoryTestWorld(): DirectoryTestWorld {
  return useWorld(createDirectoryTestWorld);
}

/** The emulator's id of the Zoom user with `email`. */
export function zoomIdOf(parley: ZoomTestApp, email: string): string {
  const user = parley.emulator.control
    .snapshot()
    .accounts.flatMap((account) => account.users)
    .find((candidate) => candidate.email === email);
  if (!user?.id) throw new Error(`no Zoom user ${email} with an id`);
  return user.id;
}
