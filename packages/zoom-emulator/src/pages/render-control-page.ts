import type { EmulatorSnapshot } from '../control/snapshot-state.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { escapeHtml, renderPage } from './render-layout.ts';

const SCRIPT = `
const status = document.getElementById('status');
async function call(method, url, body) {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) { const problem = await response.json().catch(() => ({})); status.textContent = 'Failed: ' + (problem.error || response.status); return; }
  location.reload();
}
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-url]');
  if (!button) return;
  event.preventDefault();
  call(button.dataset.method, button.dataset.url, button.dataset.body ? JSON.parse(button.dataset.body) : undefined);
});
document.getElementById('user-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target; const action = event.submitter.value; const user = encodeURIComponent(form.user.value.trim());
  if (action === 'delete') return call('DELETE', '/_emulator/users/' + user);
  const changes = { role: { role: form.role.value }, status: { status: form.status.value }, type: { type: Number(form.type.value) }, concurrent: { concurrentMeeting: form.concurrent.value } };
  call('PATCH', '/_emulator/users/' + user, changes[action]);
});
document.getElementById('meeting-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target; const meeting = encodeURIComponent(form.meeting.value.trim());
  const changes = {};
  if (form.start.value.trim()) changes.start_time = form.start.value.trim();
  if (form.duration.value.trim()) changes.duration = Number(form.duration.value);
  if (form.topic.value.trim()) changes.topic = form.topic.value.trim();
  call('PATCH', '/_emulator/meetings/' + meeting, changes);
});`;

/** The control page for people: state at a glance and the most common operations as buttons. */
export function renderControlPage(context: EmulatorContext, snapshot: EmulatorSnapshot): string {
  const body = [
    `<h1>Zoom emulator</h1>
<p class="muted">OAuth and API base URL <code>${escapeHtml(context.baseUrl)}</code> · emulator time ${escapeHtml(snapshot.now)}</p>
<p id="status" role="status" class="error"></p>
${button('Reset emulator', 'POST', '/_emulator/reset', undefined, 'danger')}`,
    renderAccounts(snapshot),
    renderInstallations(snapshot),
    renderUserForm(),
    renderMeetings(snapshot),
    renderMeetingForm(),
    renderDeliveries(context),
    renderFaults(context),
    `<h2>Counters</h2><pre>${escapeHtml(JSON.stringify(context.counters.snapshot(), null, 2))}</pre>`,
  ].join('\n');
  return renderPage('Control', `${body}<script>${SCRIPT}</script>`, { wide: true });
}

function button(
  label: string,
  method: string,
  url: string,
  body?: unknown,
  className = '',
  ariaLabel?: string,
): string {
  const data = body === undefined ? '' : ` data-body="${escapeHtml(JSON.stringify(body))}"`;
  const aria = ariaLabel ? ` aria-label="${escapeHtml(ariaLabel)}"` : '';
  return `<button type="button" class="${className}" data-method="${method}" data-url="${escapeHtml(url)}"${data}${aria}>${escapeHtml(label)}</button>`;
}

function renderAccounts(snapshot: EmulatorSnapshot): string {
  const rows = snapshot.accounts.map((account) => {
    const admins = account.users
      .filter((user) => user.role !== 'member')
      .map((user) => `${user.email} (${user.role}, ${user.status})`);
    return `<tr><td>${escapeHtml(account.name)}</td><td><code>${escapeHtml(account.key)}</code></td><td><code>${escapeHtml(account.id)}</code></td>
<td>${account.plan}</td><td>${account.users.length}</td><td>${account.rooms.length}</td><td>${account.meetings.length}</td><td>${escapeHtml(admins.join(', '))}</td></tr>`;
  });
  return `<h2>Accounts</h2><table><thead><tr><th>Name</th><th>Key</th><th>Account ID</th><th>Plan</th><th>Users</th><th>Rooms</th><th>Meetings</th><th>Owners and admins</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function renderInstallations(snapshot: EmulatorSnapshot): string {
  const accountName = new Map(snapshot.accounts.map((account) => [account.id, account]));
  const appName = new Map(snapshot.apps.map((app) => [app.clientId, app]));
  const rows = snapshot.installations.map((installation) => {
    const account = accountName.get(installation.accountId);
    const app = appName.get(installation.clientId);
    const installer =
      account?.users.find((user) => user.id === installation.userId)?.email ?? installation.userId;
    const target =
      app?.type === 'user' ? `for ${installer}` : `from ${account?.name ?? installation.accountId}`;
    const url = `/_emulator/accounts/${encodeURIComponent(installation.accountId)}/apps/${encodeURIComponent(installation.clientId)}${app?.type === 'user' ? `?user=${encodeURIComponent(installer)}` : ''}`;
    return `<tr><td>${escapeHtml(app?.name ?? installation.clientId)}</td><td>${escapeHtml(account?.name ?? '')}</td><td>${escapeHtml(installer)}</td>
<td>${escapeHtml(installation.installedAt)}</td><td>${button('Uninstall', 'DELETE', url, undefined, 'danger', `Uninstall ${app?.name ?? installation.clientId} ${target}`)}</td></tr>`;
  });
  const empty = rows.length === 0 ? '<tr><td colspan="5" class="muted">No app is installed.</td></tr>' : '';
  return `<h2>Installed apps</h2><table><thead><tr><th>App</th><th>Account</th><th>Authorized by</th><th>Since</th><th></th></tr></thead>
<tbody>${rows.join('')}${empty}</tbody></table>`;
}

function renderUserForm(): string {
  const options = (values: [string, string][]) =>
    values.map(([value, label]) => `<option value="${value}">${label}</option>`).join('');
  return `<h2>Change a user</h2>
<form id="user-form">
<label for="control-user">User email</label><input id="control-user" name="user" type="text" required>
<label for="control-role">Role</label><select id="control-role" name="role">${options([
    ['member', 'Member'],
    ['admin', 'Admin'],
    ['owner', 'Owner'],
  ])}</select>
<button type="submit" value="role">Change role</button>
<label for="control-status">Status</label><select id="control-status" name="status">${options([
    ['inactive', 'Deactivated'],
    ['active', 'Active'],
  ])}</select>
<button type="submit" value="status">Change status</button>
<label for="control-type">License</label><select id="control-type" name="type">${options([
    ['1', 'Basic'],
    ['2', 'Licensed'],
  ])}</select>
<button type="submit" value="type">Change license</button>
<label for="control-concurrent">Concurrent meetings</label><select id="control-concurrent" name="concurrent">${options(
    [
      ['None', 'None (1 at a time)'],
      ['Basic', 'Concurrent Meeting Basic'],
      ['Plus', 'Concurrent Meeting Plus'],
    ],
  )}</select>
<button type="submit" value="concurrent">Change concurrent meetings</button>
<button type="submit" value="delete" class="danger">Delete user</button>
</form>`;
}

function renderMeetings(snapshot: EmulatorSnapshot): string {
  const meetings = snapshot.accounts
    .flatMap((account) => account.meetings)
    .slice(-20)
    .reverse();
  const rows = meetings.map(
    (
      meeting,
    ) => `<tr><td>${meeting.id}</td><td>${escapeHtml(meeting.topic)}</td><td>${escapeHtml(meeting.hostEmail)}</td>
<td>${escapeHtml(meeting.startTime ?? '')} (${escapeHtml(meeting.timezone)})</td><td>${meeting.duration} min</td><td>${meeting.status}</td>
<td>${button('Delete', 'DELETE', `/_emulator/meetings/${meeting.id}`, undefined, 'danger', `Delete meeting ${meeting.id}`)}</td></tr>`,
  );
  return `<h2>Latest meetings</h2><table><thead><tr><th>ID</th><th>Topic</th><th>Host</th><th>Start</th><th>Duration</th><th>Status</th><th></th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

/** Changes a meeting as its host would in Zoom's web portal: Zoom sends `meeting.updated`. */
function renderMeetingForm(): string {
  return `<h2>Change a meeting</h2>
<form id="meeting-form">
<label for="control-meeting">Meeting ID</label><input id="control-meeting" name="meeting" type="text" inputmode="numeric" required>
<label for="control-meeting-start">New start (UTC, e.g. 2026-12-07T10:00:00Z)</label><input id="control-meeting-start" name="start" type="text">
<label for="control-meeting-duration">New duration (minutes)</label><input id="control-meeting-duration" name="duration" type="number" min="1">
<label for="control-meeting-topic">New topic</label><input id="control-meeting-topic" name="topic" type="text">
<button type="submit">Change meeting</button>
</form>`;
}

function renderDeliveries(context: EmulatorContext): string {
  const rows = context.dispatcher
    .deliveries()
    .slice(-20)
    .reverse()
    .map((delivery) => {
      const last = delivery.attempts.at(-1);
      const outcome = last ? (last.status ?? last.error ?? '') : '';
      return `<tr><td>${escapeHtml(delivery.createdAt)}</td><td>${escapeHtml(delivery.event)}</td><td>${escapeHtml(delivery.clientId)}</td>
<td>${escapeHtml(delivery.url)}</td><td>${delivery.state} (${delivery.attempts.length} attempts, last ${escapeHtml(String(outcome))})</td></tr>`;
    });
  return `<h2>Latest webhooks</h2><table><thead><tr><th>At</th><th>Event</th><th>App</th><th>Endpoint</th><th>Outcome</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function renderFaults(context: EmulatorContext): string {
  const faults = context.faults.list();
  const items = faults.map((fault) => `<li><code>${escapeHtml(JSON.stringify(fault))}</code></li>`).join('');
  return `<h2>Faults</h2><ul>${items || '<li class="muted">None</li>'}</ul>${button('Clear faults', 'DELETE', '/_emulator/faults', undefined, 'secondary')}`;
}
