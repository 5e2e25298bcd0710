/**
 * The emulator under benchmark, in its own process (so the load generator does not share its event
 * loop). Talks to the parent over IPC: sends its URL, answers memory requests after a full GC.
 */
import { startZoomEmulator } from '../src/index.ts';

const emulator = await startZoomEmulator({ rateLimits: false });
const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') {
    collect?.();
    collect?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ type: 'memory', rss, heapUsed, meetings: emulator.state.meetings.size });
  } else if (message.type === 'stop') {
    void emulator.close().then(() => process.exit(0));
  }
});
process.send?.({ type: 'ready', url: emulator.url });
