import pg from 'pg';

/** How long to wait before connecting again after the listening connection was lost. */
const reconnectDelayMs = 1_000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries and lose it). A lost
 * connection is opened again after {@link reconnectDelayMs}, then `onReconnect` runs: notifications sent
 * while it was down are lost for good. Resolves once the first LISTEN succeeded.
 */
export async function listenOnPostgres(
  connectionString: string,
  channel: string,
  onNotification: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const connection = new pg.Client({ connectionString, application_name: 'parley-listen' });
    connection.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onNotification(message.payload);
    });
    connection.on('error', () => reconnectSoon(connection));
    connection.on('end', () => reconnectSoon(connection));
    await connection.connect();
    await connection.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = connection;
  }

  function reconnectSoon(lost: pg.Client): void {
    if (stopped || client !== lost || retryTimer) return;
    client = undefined;
    void lost.end().catch(() => {});
    const attempt = () => {
      retryTimer = undefined;
      if (stopped) return;
      connect().then(
        () => onReconnect?.(),
        () => {
          retryTimer = setTimeout(attempt, reconnectDelayMs);
        },
      );
    };
    retryTimer = setTimeout(attempt, reconnectDelayMs);
  }

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    await client?.end().catch(() => {});
  };
}
