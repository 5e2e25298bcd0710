import { afterAll } from 'vitest';
import { capturedLogs } from './log-secret-scan.ts';

/**
 * Runs after every test file of the `unit` project: if any log line a test app wrote held a password,
 * hash, token or secret, the file fails, naming the kind (the secret itself is masked).
 */
afterAll(() => {
  if (capturedLogs.findings.length === 0) return;
  const report = capturedLogs.findings.map((finding) => `- ${finding.kind}: ${finding.line}`).join('\n');
  throw new Error(`${capturedLogs.findings.length} log line(s) hold a secret:\n${report}`);
});
