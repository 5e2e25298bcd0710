// Holds the lock of the data directory given as argument until killed (data-dir-lock.test.ts).
import { lockDataDir } from '../data-dir-lock.ts';

await lockDataDir(process.argv[2] ?? '');
console.log('locked');
setInterval(() => {}, 60_000);
