import type { EmulatorState } from '../state/emulator-state.ts';
import type { App } from '../state/types.ts';
import type { WebhookDelivery, WebhookDispatcher } from './webhook-dispatcher.ts';

/**
 * Decides which apps hear about an event, as Zoom does: apps added to the account (admin-managed and
 * Server-to-Server) hear everything on it; a user-managed app hears about the user who added it.
 */
export class EventAnnouncer {
  readonly #state: EmulatorState;
  readonly #dispatcher: WebhookDispatcher;

  constructor(state: EmulatorState, dispatcher: WebhookDispatcher) {
    this.#state = state;
    this.#dispatcher = dispatcher;
  }

  /** Sends `event` about `subjectUserId` (or the account as a whole) to every app entitled to it. */
  toAccount(
    accountId: string,
    subjectUserId: string | null,
    event: string,
    payload: Record<string, unknown>,
  ) {
    const deliveries: WebhookDelivery[] = [];
    for (const app of this.#listeners(accountId, subjectUserId)) {
      const delivery = this.#dispatcher.send(app, event, payload);
      if (delivery) deliveries.push(delivery);
    }
    return deliveries;
  }

  /** Sends `event` to one app only (`app_deauthorized`). */
  toApp(app: App, event: string, payload: Record<string, unknown>): WebhookDelivery | null {
    return this.#dispatcher.send(app, event, payload);
  }

  #listeners(accountId: string, subjectUserId: string | null): App[] {
    const clientIds = new Set<string>();
    for (const installation of this.#state.installations.values()) {
      if (installation.accountId !== accountId) continue;
      const app = this.#state.apps.get(installation.clientId);
      if (!app) continue;
      if (app.type !== 'user' || installation.userId === subjectUserId) clientIds.add(app.clientId);
    }
    return [...clientIds].map((clientId) => this.#state.apps.get(clientId)!);
  }
}
