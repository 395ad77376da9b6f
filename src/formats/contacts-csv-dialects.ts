/**
 * Where each field lives in the contacts CSV dialects of FORMATS.md §2.
 * Column names are lower case; a `Columns` value lists names tried in order
 * or gives a pattern that collects every matching column in file order.
 */
export type Columns = readonly string[] | RegExp

export interface ContactsCsvDialect {
  id: 'google' | 'google-legacy' | 'outlook' | 'outlook-de' | 'outlook-fr'
  format: 'google' | 'outlook'
  /** What the file is, in words, for messages. */
  label: string
  source: string
  /** The dialect is recognised when the header has all of `all` and at least one of `any`. */
  signature: { all: readonly string[]; any: readonly string[] }
  fullName?: string
  first: string
  middle: string
  last: string
  suffix?: string
  nickname?: string
  fileAs?: string
  organization: string
  /** The job title; `last` when the name occurs twice and the later column is the job title. */
  title: { column: string; occurrence: 'first' | 'last' }
  emails: Columns
  phones: Columns
  websites: Columns
  notes: string
  tags: { column: string; separator: RegExp }
  /** Values of these columns are multi-valued, packed with ` ::: `. */
  packed: boolean
}

/** Google Contacts, "Google CSV" export since ~2023 (§2.1). */
const google: ContactsCsvDialect = {
  id: 'google',
  format: 'google',
  label: 'Google Contacts CSV',
  source: 'Google Contacts',
  signature: {
    all: ['first name'],
    any: [
      'labels',
      'organization name',
      'e-mail 1 - value',
      'phone 1 - value',
      'file as',
      'phonetic first name',
      'name prefix',
    ],
  },
  first: 'first name',
  middle: 'middle name',
  last: 'last name',
  suffix: 'name suffix',
  nickname: 'nickname',
  fileAs: 'file as',
  organization: 'organization name',
  title: { column: 'organization title', occurrence: 'first' },
  emails: /^e-mail \d+ - value$/,
  phones: /^phone \d+ - value$/,
  websites: /^website \d+ - value$/,
  notes: 'notes',
  tags: { column: 'labels', separator: / ::: / },
  packed: true,
}

/** Google Contacts' older export (≤ 2023), often UTF-16LE (§2.2). */
const googleLegacy: ContactsCsvDialect = {
  id: 'google-legacy',
  format: 'google',
  label: 'Google Contacts CSV (older layout)',
  source: 'Google Contacts',
  signature: {
    all: ['given name'],
    any: ['family name', 'group membership', 'e-mail 1 - value', 'organization 1 - name'],
  },
  fullName: 'name',
  first: 'given name',
  middle: 'additional name',
  last: 'family name',
  suffix: 'name suffix',
  nickname: 'nickname',
  organization: 'organization 1 - name',
  title: { column: 'organization 1 - title', occurrence: 'first' },
  emails: /^e-mail \d+ - value$/,
  phones: /^phone \d+ - value$/,
  websites: /^website \d+ - value$/,
  notes: 'notes',
  tags: { column: 'group membership', separator: / ::: / },
  packed: true,
}

const outlookPhones = [
  'mobile phone',
  'business phone',
  'business phone 2',
  'home phone',
  'home phone 2',
  'primary phone',
  'company main phone',
  'other phone',
  'car phone',
] as const

/**
 * Outlook desktop (92 columns), Outlook.com (61 columns) and Google's
 * "Outlook CSV" export (§2.3–2.5): they share these names.
 */
const outlook: ContactsCsvDialect = {
  id: 'outlook',
  format: 'outlook',
  label: 'Outlook CSV',
  source: 'Outlook',
  signature: {
    all: ['first name'],
    any: ['e-mail address', 'business phone', 'mobile phone', 'home phone'],
  },
  first: 'first name',
  middle: 'middle name',
  last: 'last name',
  suffix: 'suffix',
  nickname: 'nickname',
  organization: 'company',
  title: { column: 'job title', occurrence: 'first' },
  emails: ['e-mail address', 'e-mail 2 address', 'e-mail 3 address'],
  phones: outlookPhones,
  websites: ['web page', 'personal web page'],
  notes: 'notes',
  tags: { column: 'categories', separator: /;/ },
  packed: false,
}

/** German Outlook (§2.4; header confirmed from a public German export). */
const outlookGerman: ContactsCsvDialect = {
  id: 'outlook-de',
  format: 'outlook',
  label: 'Outlook CSV (German)',
  source: 'Outlook',
  signature: { all: ['vorname', 'nachname'], any: ['e-mail-adresse', 'firma', 'mobiltelefon'] },
  first: 'vorname',
  middle: 'weitere vornamen',
  last: 'nachname',
  suffix: 'suffix',
  organization: 'firma',
  title: { column: 'position', occurrence: 'first' },
  emails: ['e-mail-adresse', 'e-mail 2: adresse', 'e-mail 3: adresse'],
  phones: [
    'mobiltelefon',
    'telefon geschäftlich',
    'telefon geschäftlich 2',
    'telefon (privat)',
    'telefon (privat 2)',
    'haupttelefon',
    'telefon firma',
    'weiteres telefon',
    'mobiltelefon 2',
  ],
  websites: ['webseite'],
  notes: 'notizen',
  tags: { column: 'kategorien', separator: /;/ },
  packed: false,
}

/**
 * French Outlook. [UNVERIFIED] The names come from one public converter;
 * "Titre" occurs twice (courtesy title, then job title).
 */
const outlookFrench: ContactsCsvDialect = {
  id: 'outlook-fr',
  format: 'outlook',
  label: 'Outlook CSV (French)',
  source: 'Outlook',
  signature: {
    all: ['prénom', 'nom'],
    any: ['adresse de messagerie', 'société', 'tél. mobile'],
  },
  first: 'prénom',
  middle: 'deuxième prénom',
  last: 'nom',
  suffix: 'suffixe',
  nickname: 'surnom',
  organization: 'société',
  title: { column: 'titre', occurrence: 'last' },
  emails: ['adresse de messagerie', 'adresse de messagerie 2', 'adresse de messagerie 3'],
  phones: [
    'tél. mobile',
    'téléphone (bureau)',
    'téléphone 2 (bureau)',
    'téléphone (domicile)',
    'téléphone 2 (domicile)',
    'téléphone principal',
    'téléphone société',
    'téléphone (autre)',
  ],
  websites: ['page web'],
  notes: 'notes',
  tags: { column: 'catégories', separator: /;/ },
  packed: false,
}

/** Every dialect, most specific first. */
export const contactsCsvDialects: readonly ContactsCsvDialect[] = [
  google,
  googleLegacy,
  outlook,
  outlookGerman,
  outlookFrench,
]

/**
 * The dialect whose signature columns the header has, or null.
 *
 * @example contactsCsvDialect(['First Name', 'Last Name', 'Labels'])?.id // 'google'
 */
export function contactsCsvDialect(header: string[]): ContactsCsvDialect | null {
  const names = new Set(header.map((h) => h.toLowerCase()))
  return (
    contactsCsvDialects.find(
      (d) =>
        d.signature.all.every((n) => names.has(n)) && d.signature.any.some((n) => names.has(n)),
    ) ?? null
  )
}
