import type { ScannedLine } from './csv-table.ts'

/**
 * The other files of a LinkedIn data export, recognised by their header so a
 * refusal can name them. Headers as LinkedIn writes them (2024–2026 exports).
 */
const linkedinFiles: { file: string; holds: string; matches: (names: Set<string>) => boolean }[] = [
  {
    file: 'messages.csv',
    holds: 'your LinkedIn messages',
    matches: (n) => n.has('conversation id') || (n.has('from') && n.has('to') && n.has('content')),
  },
  {
    file: 'Invitations.csv',
    holds: 'the invitations you sent and received',
    matches: (n) => n.has('sent at') && n.has('direction'),
  },
  {
    file: 'Profile.csv',
    holds: 'your own profile',
    matches: (n) => n.has('headline') && n.has('first name'),
  },
  {
    file: 'Positions.csv',
    holds: 'your own work history',
    matches: (n) => n.has('company name') && n.has('started on'),
  },
  { file: 'Education.csv', holds: 'your own education', matches: (n) => n.has('school name') },
  {
    file: 'Email Addresses.csv',
    holds: 'your own email addresses',
    matches: (n) => n.has('email address') && n.has('confirmed'),
  },
  {
    file: 'PhoneNumbers.csv',
    holds: 'your own phone numbers',
    matches: (n) => n.has('number') && n.has('extension'),
  },
  {
    file: 'Recommendations_Received.csv (or _Given)',
    holds: 'recommendations',
    matches: (n) => n.has('text') && n.has('creation date'),
  },
  {
    file: 'Endorsement_Received_Info.csv (or _Given)',
    holds: 'skill endorsements',
    matches: (n) => n.has('endorser first name') || n.has('endorsee first name'),
  },
  {
    file: 'Company Follows.csv',
    holds: 'the companies you follow',
    matches: (n) => n.has('organization') && n.has('followed on'),
  },
  {
    file: 'Contacts.csv',
    holds: 'the address book you once synced to LinkedIn, not your connections',
    matches: (n) => n.has('source') && n.has('emails') && n.has('companies'),
  },
  { file: 'SearchQueries.csv', holds: 'your searches', matches: (n) => n.has('search query') },
  {
    file: 'Registration.csv',
    holds: 'your sign-up details',
    matches: (n) => n.has('registered at'),
  },
  {
    file: 'Shares.csv',
    holds: 'your posts',
    matches: (n) => n.has('sharelink') || n.has('sharecommentary'),
  },
  {
    file: 'Reactions.csv or Comments.csv',
    holds: 'your reactions or comments',
    matches: (n) => n.has('date') && n.has('link') && (n.has('type') || n.has('message')),
  },
  {
    file: 'Skills.csv',
    holds: 'your own skills',
    matches: (n) => n.size === 1 && n.has('name'),
  },
]

const expected =
  "LinkedIn's Connections.csv (or the whole ZIP), a Google Contacts or Outlook CSV, or a vCard (.vcf)"

/**
 * The refusal for another file of the LinkedIn export, named by its header,
 * or null when the lines are not one.
 *
 * @example linkedinFileRefusal(scanLines('CONVERSATION ID,FROM\n')) // "This is LinkedIn's messages.csv (your LinkedIn messages), not Connections.csv. …"
 */
export function linkedinFileRefusal(lines: ScannedLine[]): string | null {
  for (const line of lines) {
    const names = new Set(line.cells.map((c) => c.toLowerCase()).filter(Boolean))
    const known = linkedinFiles.find((f) => f.matches(names))
    if (known) {
      return (
        `This is LinkedIn's ${known.file} (${known.holds}), not Connections.csv. Import ` +
        'Connections.csv from the same export, or the whole ZIP.'
      )
    }
  }
  return null
}

/**
 * The refusal for a text file that is no importable format: a CSV with its
 * columns listed, or plain text quoted.
 *
 * @example otherFileRefusal(scanLines('id,amount\n'), 'id,amount') // 'This is a CSV with the columns id, amount, …'
 */
export function otherFileRefusal(lines: ScannedLine[], start: string): string {
  const header = lines.find((l) => l.cells.filter(Boolean).length >= 2)
  if (header) {
    const names = header.cells.filter(Boolean)
    const shown = names.slice(0, 8).join(', ')
    const more = names.length > 8 ? ` and ${names.length - 8} more` : ''
    return (
      `This is a CSV with the columns ${shown}${more}, which is not one of the files coffeechat ` +
      `imports: ${expected}. Export your contacts from that program as vCard or as Google or ` +
      'Outlook CSV.'
    )
  }
  const firstLine = start.split('\n', 1)[0] ?? ''
  const quoted = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine
  return `This file is not a contacts export coffeechat can read (it starts with "${quoted}"). Import ${expected}.`
}
