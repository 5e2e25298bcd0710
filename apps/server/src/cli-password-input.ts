import { text } from 'node:stream/consumers';

/**
 * The first line of standard input (`--password-stdin`), for scripts:
 * `printf '%s\n' "$PASSWORD" | npm run parley -- create-admin … --password-stdin`.
 */
export async function readPasswordFromStdin(): Promise<string> {
  const input = await text(process.stdin);
  return input.split(/\r?\n/)[0] ?? '';
}

/**
 * Asks for a password on the terminal without echoing it. Empty input resolves to an empty string;
 * Ctrl-C or Ctrl-D rejects.
 */
export function promptForPassword(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  return new Promise((resolve, reject) => {
    let typed = '';
    stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (outcome: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(() => resolve(typed));
        if (character === '\u0003' || character === '\u0004') {
          return finish(() => reject(new Error('cancelled')));
        }
        typed = character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character;
      }
    };
    stdin.on('data', onData);
  });
}
