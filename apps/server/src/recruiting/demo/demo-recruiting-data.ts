import type { Language } from '@parley/api-contract';

/** A demo job and the people who applied to it. */
export interface DemoJob {
  title: string;
  department: string;
  location: string;
  language: Language;
  /** Which demo accounts form the hiring team (by e-mail). */
  hiringTeam: readonly string[];
  timeZone: string;
  emailDomain: string;
  /** Names as people of that country write them (family name first in Japanese). */
  candidates: readonly string[];
}

/**
 * The demo organization's recruiting data: a job in each of Parley's languages, with applicants whose
 * names are realistic for it. The interviewer is on two of the three hiring teams, so signing in as
 * them shows what an interviewer sees.
 */
export const demoJobs: readonly DemoJob[] = [
  {
    title: 'Senior Backend Engineer',
    department: 'Engineering',
    location: 'Remote (Europe)',
    language: 'en',
    hiringTeam: ['recruiter@demo.test', 'interviewer@demo.test'],
    timeZone: 'Europe/London',
    emailDomain: 'example.com',
    candidates: [
      'Olivia Bennett',
      'James Carter',
      'Priya Raman',
      'Daniel O’Connor',
      'Sophie Turner',
      'Marcus Johnson',
      'Emily Nguyen',
      'Liam Walsh',
      'Chloe Martin',
      'Noah Fischer',
      'Aisha Khan',
      'Ethan Brooks',
      'Grace Liu',
      'Samuel Adeyemi',
    ],
  },
  {
    title: 'Vertriebsmitarbeiter (m/w/d) Innendienst',
    department: 'Vertrieb',
    location: 'München',
    language: 'de',
    hiringTeam: ['recruiter@demo.test'],
    timeZone: 'Europe/Berlin',
    emailDomain: 'example.org',
    candidates: [
      'Anna Schneider',
      'Lukas Müller',
      'Lena Hoffmann',
      'Jonas Weber',
      'Marie Schäfer',
      'Felix Becker',
      'Sophie Wagner',
      'Maximilian Köhler',
      'Hannah Zimmermann',
      'Paul Krüger',
      'Laura Schmitt',
      'Tobias Braun',
      'Julia Hartmann',
    ],
  },
  {
    title: 'カスタマーサクセスマネージャー',
    department: 'カスタマーサクセス',
    location: '東京',
    language: 'ja',
    hiringTeam: ['recruiter@demo.test', 'interviewer@demo.test'],
    timeZone: 'Asia/Tokyo',
    emailDomain: 'example.net',
    candidates: [
      '佐藤 美咲',
      '鈴木 健太',
      '高橋 陽菜',
      '田中 翔',
      '伊藤 さくら',
      '渡辺 大輔',
      '山本 結衣',
      '中村 拓也',
      '小林 葵',
      '加藤 悠斗',
      '吉田 真由',
      '山田 太郎',
      '松本 彩',
    ],
  },
];

/** Where the n-th applicant of a job stands: most early in the pipeline, a few far along or out. */
export const demoPlacement: readonly (
  | { stage: number }
  | { stage: number; closed: 'rejected' | 'withdrawn' }
)[] = [
  { stage: 0 },
  { stage: 0 },
  { stage: 1 },
  { stage: 2 },
  { stage: 0 },
  { stage: 1 },
  { stage: 2 },
  { stage: 3 },
  { stage: 1, closed: 'rejected' },
  { stage: 0 },
  { stage: 4 },
  { stage: 2, closed: 'withdrawn' },
  { stage: 1 },
  { stage: 5 },
];

/** A reason for each closed demo application, in the job's language. */
export const demoClosingReasons: Record<Language, Record<'rejected' | 'withdrawn', string>> = {
  en: { rejected: 'Not enough experience with distributed systems', withdrawn: 'Accepted another offer' },
  de: { rejected: 'Passt fachlich nicht zum Profil', withdrawn: 'Hat ein anderes Angebot angenommen' },
  ja: { rejected: '求める経験と合わなかったため', withdrawn: '他社の内定を承諾したため' },
};
