/**
 * Where each field lives in the contacts CSV dialects of FORMATS.md §2.
 * Column names are lower case; a `Columns` value lists names tried in order
 * or gives a pattern that collects every matching column in file order.
 */
export type Columns = readonly string[] | RegExp

/** The import formats that are contacts CSV dialects. */
export type ContactsCsvFormat =
  | 'google'
  | 'outlook'
  | 'thunderbird'
  | 'roundcube'
  | 'linkedin-contacts'
  | 'csv'

export interface ContactsCsvDialect {
  id:
    | 'google'
    | 'google-legacy'
    | 'outlook'
    | 'outlook-de'
    | 'outlook-fr'
    | 'thunderbird'
    | 'roundcube'
    | 'linkedin-contacts'
    | 'mapped'
  format: ContactsCsvFormat
  /** What the file is, in words, for messages. */
  label: string
  source: string
  /**
   * The dialect is recognised when the header has all of `all` and at least
   * one of `any`: columns only this dialect writes, so a file is never read
   * as a dialect whose columns it merely shares (Thunderbird's Home Phone).
   */
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
  /** Columns holding a birthday, tried in order, and how a `1/2/1990` date is ordered in them. */
  birthday?: { columns: readonly string[]; order: 'mdy' | 'dmy' }
  /** A birthday in three columns (Thunderbird). */
  birthParts?: { year: string; month: string; day: string }
  /** Columns holding an instant-messaging handle or profile, with the service each one is. */
  handles?: ReadonlyArray<readonly [column: string, service: string]>
  notes: string
  tags?: { column: string; separator: RegExp }
  /** How several values are packed into one email, phone or website cell (Google's ` ::: `), or null. */
  packed: RegExp | null
  /**
   * Columns that only describe the columns beside them or hold a program's
   * defaults (`E-mail Type` = `SMTP`, `Priority` = `Normal`): left out, and
   * named in the report as such.
   */
  describing?: RegExp
  /** A profile whose value is a web address is of the service its host names, not of its column (a mapping's). */
  profileServiceFromUrl?: boolean
  /** A value that does not fit its column's field (no email address in an email column) is kept in the notes, not left out. */
  keepOddValues?: boolean
  /** Columns the explorer chose to leave out (lower case), named in the report. */
  ignored?: ReadonlySet<string>
}

/**
 * What both Google layouts write alike: numbered `… N - Value` columns,
 * several values packed into one cell with ` ::: `, a US month/day birthday.
 */
const googleValues = {
  emails: /^e-mail \d+ - value$/,
  phones: /^phone \d+ - value$/,
  websites: /^website \d+ - value$/,
  birthday: { columns: ['birthday'], order: 'mdy' },
  notes: 'notes',
  packed: / ::: /,
} as const satisfies Partial<ContactsCsvDialect>

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
  ...googleValues,
  tags: { column: 'labels', separator: / ::: / },
  describing: /^(e-mail|phone|address|website|relation|event|custom field) \d+ - label$/,
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
  ...googleValues,
  tags: { column: 'group membership', separator: / ::: / },
  describing:
    /^(e-mail|phone|address|website|organization|relation|event|im|jot|external id|custom field) \d+ - type$/,
}

/** Outlook's per-address type and display name, and the defaults it writes into every row. */
const outlookDescribing =
  /^(e-mail( \d)? (type|display name)|gender|priority|sensitivity|private|internet free busy|e-mail-typ|e-mail( \d)?: (typ|angezeigter name)|geschlecht|priorität|vertraulichkeit|privat)$/

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

/** The English Outlook's columns for names, company and job title (Roundcube writes them too). */
const outlookNames = {
  first: 'first name',
  middle: 'middle name',
  last: 'last name',
  suffix: 'suffix',
  nickname: 'nickname',
  organization: 'company',
  title: { column: 'job title', occurrence: 'first' },
} as const satisfies Partial<ContactsCsvDialect>

/**
 * What every Outlook locale writes alike: one value a cell, categories
 * split on `;` under the locale's name for them.
 */
function outlookValues(categories: string) {
  return {
    format: 'outlook',
    source: 'Outlook',
    tags: { column: categories, separator: /;/ },
    packed: null,
  } as const satisfies Partial<ContactsCsvDialect>
}

/**
 * Outlook desktop (92 columns), Outlook.com (61 columns) and Google's
 * "Outlook CSV" export (§2.3–2.5): they share these names.
 */
const outlook: ContactsCsvDialect = {
  id: 'outlook',
  label: 'Outlook CSV',
  ...outlookValues('categories'),
  signature: {
    all: ['first name'],
    any: ['e-mail address', 'e-mail 2 address', 'business phone', 'company main phone'],
  },
  ...outlookNames,
  emails: ['e-mail address', 'e-mail 2 address', 'e-mail 3 address'],
  phones: outlookPhones,
  websites: ['web page', 'personal web page'],
  // Outlook writes the Windows locale's date; the English header is read as US month/day.
  birthday: { columns: ['birthday'], order: 'mdy' },
  handles: [['imaddress', 'IM']],
  notes: 'notes',
  describing: outlookDescribing,
}

/** German Outlook (§2.4; header confirmed from a public German export). */
const outlookGerman: ContactsCsvDialect = {
  id: 'outlook-de',
  label: 'Outlook CSV (German)',
  ...outlookValues('kategorien'),
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
  birthday: { columns: ['geburtstag'], order: 'dmy' },
  notes: 'notizen',
  describing: outlookDescribing,
}

/**
 * French Outlook. [UNVERIFIED] The names come from one public converter;
 * "Titre" occurs twice (courtesy title, then job title).
 */
const outlookFrench: ContactsCsvDialect = {
  id: 'outlook-fr',
  label: 'Outlook CSV (French)',
  ...outlookValues('catégories'),
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
  birthday: { columns: ['anniversaire'], order: 'dmy' },
  notes: 'notes',
}

/**
 * Thunderbird's address book export (Tools → Export → CSV), the same 37
 * columns in every version seen in public code and test fixtures, often
 * with a trailing comma: First Name, Last Name, Display Name, Nickname,
 * Primary Email, Secondary Email, Screen Name, Work/Home Phone, Fax and
 * Pager Number, Mobile Number, Home and Work address parts, Job Title,
 * Department, Organization, Web Page 1–2, Birth Year/Month/Day, Custom 1–4,
 * Notes.
 */
const thunderbird: ContactsCsvDialect = {
  id: 'thunderbird',
  format: 'thunderbird',
  label: 'Thunderbird address book CSV',
  source: 'Thunderbird',
  signature: { all: ['primary email'], any: ['display name', 'secondary email', 'mobile number'] },
  fullName: 'display name',
  first: 'first name',
  middle: 'middle name',
  last: 'last name',
  nickname: 'nickname',
  organization: 'organization',
  title: { column: 'job title', occurrence: 'first' },
  emails: ['primary email', 'secondary email'],
  phones: ['mobile number', 'work phone', 'home phone'],
  websites: ['web page 1', 'web page 2'],
  birthParts: { year: 'birth year', month: 'birth month', day: 'birth day' },
  handles: [['screen name', 'AIM']],
  notes: 'notes',
  packed: null,
}

/**
 * Roundcube's own CSV columns (its csv2vcard map and test files): Outlook's
 * names for names, company and phones, with `Email Home`, `Email Work`,
 * `Email Other`, `Home Mobile`, `Website …` and `IM …` of its own.
 */
const roundcube: ContactsCsvDialect = {
  id: 'roundcube',
  format: 'roundcube',
  label: 'Roundcube CSV',
  source: 'Roundcube',
  signature: { all: [], any: ['email home', 'email work', 'email other'] },
  fullName: 'display name',
  ...outlookNames,
  emails: ['email home', 'email work', 'email other'],
  phones: [
    'home mobile',
    'business phone',
    'business phone 2',
    'home phone',
    'home phone 2',
    'primary phone',
    'other phone',
    'car phone',
  ],
  websites: [
    'website profile',
    'website home page',
    'website work',
    'website blog',
    'website other',
  ],
  birthday: { columns: ['birthday'], order: 'dmy' },
  handles: [
    ['im jabber', 'Jabber'],
    ['im skype', 'Skype'],
    ['im aim', 'AIM'],
    ['im icq', 'ICQ'],
    ['im msn', 'MSN'],
    ['im yahoo', 'Yahoo'],
  ],
  notes: 'notes',
  tags: { column: 'categories', separator: /[;,]/ },
  packed: null,
}

/**
 * LinkedIn's `Imported Contacts.csv`: the address book an explorer once
 * synced to LinkedIn (not their connections), in the data export since
 * 2018: First Name, Last Name, Companies, Title, Email Address, Phone
 * Numbers (several joined with ", "), Created At, Instant Message Handles,
 * Addresses, Sites, Full Name, Birthday, Location, Bookmarked At, Profiles.
 */
const linkedinContacts: ContactsCsvDialect = {
  id: 'linkedin-contacts',
  format: 'linkedin-contacts',
  label: "LinkedIn's Imported Contacts.csv",
  source: 'LinkedIn imported contacts',
  signature: { all: ['first name', 'companies'], any: ['phone numbers', 'bookmarked at'] },
  fullName: 'full name',
  first: 'first name',
  middle: 'middle name',
  last: 'last name',
  organization: 'companies',
  title: { column: 'title', occurrence: 'first' },
  emails: ['email address', 'emails'],
  phones: ['phone numbers'],
  websites: ['profiles', 'sites'],
  birthday: { columns: ['birthday'], order: 'mdy' },
  handles: [['instant message handles', 'IM']],
  notes: 'notes',
  packed: /,\s*/,
}

/** Every dialect, most specific first. */
export const contactsCsvDialects: readonly ContactsCsvDialect[] = [
  thunderbird,
  roundcube,
  linkedinContacts,
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
