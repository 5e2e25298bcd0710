// What each page of the built web app downloads on a first visit, gzip-compressed, against a budget.
//
//   npm run check:web-size     prints one line per page; exits 1 when a page is over its budget
//
// Reads apps/web/dist (run `npm run build` first): index.html, the Vite manifest (which chunks a module
// imports statically) and the `.gz` files scripts/build-web.mjs writes. A page's first load is index.html,
// the entry with everything it imports statically, and the page's own chunks (and those of the layouts
// around it) and one language, again with their static imports; chunks imported later are not counted.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const kB = 1000;

/** One chunk of `dist/.vite/manifest.json`. */
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** A page: its modules from the outside in (layouts first) and its budget in bytes of gzip. */
interface PageBudget {
  page: string;
  modules: string[];
  budget: number;
}

/** The Zoom pages' texts (the `zoom` namespace), in the language measured. */
const zoomTexts = 'src/i18n/zoom/en.json';

/** Each page's modules from the outside in (layouts first), and its budget in bytes of gzip. */
export const pageBudgets: PageBudget[] = [
  // The login page is the app's entry and nothing else: Preact (~10 kB of gzip, in place of React DOM's 66),
  // React Router, i18next, TanStack Query, the shell and one language of the default namespace (~9 kB). It
  // stays this small only while it loads none of the signed-in pages: a domain's texts go in their own
  // namespace (docs/web.md), fetched with its pages, and a page is a lazy chunk of app.tsx.
  { page: 'login', modules: [], budget: 80 * kB },
  { page: 'accept invitation', modules: ['src/pages/accept-invitation-page.tsx'], budget: 90 * kB },
  // A page's text namespace is a module of its own (src/i18n/<namespace>/en.json), fetched before it renders.
  {
    page: 'Zoom admin link',
    modules: ['src/pages/zoom/admin-authorize-page.tsx', zoomTexts],
    budget: 90 * kB,
  },
  { page: 'interviews', modules: ['src/pages/interviews/interviews-page.tsx'], budget: 200 * kB },
  { page: 'interview', modules: ['src/pages/interviews/interview-page.tsx'], budget: 200 * kB },
  {
    page: 'reschedule interview + calendar',
    modules: [
      'src/pages/interviews/change-interview-page.tsx',
      'src/pages/interviews/schedule/week-calendar.tsx',
    ],
    budget: 200 * kB,
  },
  { page: 'jobs', modules: ['src/pages/jobs/jobs-page.tsx'], budget: 200 * kB },
  { page: 'job board', modules: ['src/pages/jobs/job-page.tsx'], budget: 200 * kB },
  { page: 'schedule interview', modules: ['src/pages/jobs/schedule-interview-page.tsx'], budget: 200 * kB },
  // Its week calendar (FullCalendar, ~70 kB gzip; its Preact is the app's) follows at once as a chunk of
  // its own: the time fields work before it arrives.
  {
    page: 'schedule interview + calendar',
    modules: [
      'src/pages/jobs/schedule-interview-page.tsx',
      'src/pages/interviews/schedule/week-calendar.tsx',
    ],
    budget: 200 * kB,
  },
  { page: 'application', modules: ['src/pages/jobs/application-page.tsx'], budget: 200 * kB },
  // The topic template check comes from the contract's own entry (no zod), like the server's.
  { page: 'stage editor', modules: ['src/pages/jobs/stages/stage-editor-page.tsx'], budget: 200 * kB },
  { page: 'candidates', modules: ['src/pages/candidates/candidates-page.tsx'], budget: 200 * kB },
  { page: 'new candidate', modules: ['src/pages/candidates/new-candidate-page.tsx'], budget: 200 * kB },
  { page: 'candidate', modules: ['src/pages/candidates/candidate-page.tsx'], budget: 200 * kB },
  {
    page: 'import candidates',
    modules: ['src/pages/candidates/import/import-candidates-page.tsx'],
    budget: 200 * kB,
  },
  ...[
    'profile-settings-page',
    'my-zoom-page',
    'organization-settings-page',
    'users-settings-page',
    'invitations-settings-page',
    'audit/audit-log-page',
    'message-templates/message-templates-page',
    'zoom/zoom-settings-page',
    'mailbox-page',
  ].map((name) => ({
    page: `settings: ${name.split('/').pop()}`,
    modules: [
      'src/pages/settings/settings-layout.tsx',
      `src/pages/settings/${name}.tsx`,
      ...(/zoom|audit/.test(name) ? [zoomTexts] : []),
    ],
    budget: 200 * kB,
  })),
];

/** The files (relative to dist) a first visit of a page downloads. */
export function firstLoadFiles(manifest: Record<string, ManifestChunk>, pageModules: string[]): string[] {
  const files = new Set(['index.html']);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest: was it renamed?`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  // The page's language is loaded before the first render; English is measured (German is 1 kB more).
  visit('src/i18n/en.json');
  for (const module of pageModules) visit(module);
  return [...files];
}

/** Every page's first load in bytes of gzip, with the files counted. */
export function measureFirstLoads(distDir: string): (PageBudget & { gzipBytes: number; files: string[] })[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  return pageBudgets.map(({ page, modules, budget }) => {
    const files = firstLoadFiles(manifest, modules);
    // Files too small to gain from gzip have no `.gz` and are sent as they are.
    const sentSize = (file: string) =>
      statSync(join(distDir, existsSync(join(distDir, `${file}.gz`)) ? `${file}.gz` : file)).size;
    const gzipBytes = files.reduce((sum, file) => sum + sentSize(file), 0);
    return { page, modules, budget, gzipBytes, files };
  });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const distDir = join(import.meta.dirname, '..', 'apps', 'web', 'dist');
  let over = 0;
  for (const { page, budget, gzipBytes } of measureFirstLoads(distDir)) {
    const verdict = gzipBytes <= budget ? 'ok' : 'OVER BUDGET';
    if (gzipBytes > budget) over += 1;
    console.log(
      `${page.padEnd(38)} ${(gzipBytes / kB).toFixed(1).padStart(6)} kB gzip  (budget ${budget / kB} kB) ${verdict}`,
    );
  }
  process.exit(over === 0 ? 0 : 1);
}
