import type { ImportFormatName } from '../../../core/imports/schema.ts'

/** Each file format an import reads, as the report names it ("Read as vCard"). */
export const importFormatWords: Record<ImportFormatName, string> = {
  linkedin: 'LinkedIn connections',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird CSV',
  roundcube: 'Roundcube CSV',
  'linkedin-contacts': "LinkedIn's Imported Contacts.csv",
  vcard: 'vCard',
  csv: 'CSV through your column mapping',
}
