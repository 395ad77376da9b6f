import { describe, expect, it } from 'vitest'
import { ValidationError } from '../core/errors.ts'
import { detectFormat } from './detect.ts'

const text = (value: string) => new TextEncoder().encode(value)
const refusal = (bytes: Uint8Array, filename?: string) => {
  try {
    detectFormat(bytes, filename)
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  throw new Error('the file was not refused')
}

describe('detectFormat', () => {
  it.each([
    ['First Name,Last Name,URL,Email Address,Company,Position,Connected On\n', 'linkedin'],
    [
      'Notes:\n"x"\n\nFirst Name,Last Name,Email Address,Company,Position,Connected On\n',
      'linkedin',
    ],
    ['First Name;Company;Position;Connected On\r\n', 'linkedin'],
    ['First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n', 'google'],
    ['Name,Given Name,Additional Name,Family Name,Group Membership\n', 'google'],
    [
      '"Title","First Name","Middle Name","Last Name","Company","Job Title","E-mail Address"\n',
      'outlook',
    ],
    ['Anrede,Vorname,Weitere Vornamen,Nachname,Firma,Position,E-Mail-Adresse\n', 'outlook'],
    ['\r\n\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n', 'vcard'],
    ['begin:vcard\nversion:4.0\n', 'vcard'],
  ])('%j is %s', (content, format) => {
    expect(detectFormat(text(content))).toEqual({ format, container: 'file' })
  })

  it('reports a ZIP as a LinkedIn export to open', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({
      format: 'linkedin',
      container: 'zip',
    })
  })

  it.each([
    [
      '"CONVERSATION ID","CONVERSATION TITLE","FROM","TO","CONTENT"\n',
      "This is LinkedIn's messages.csv (your LinkedIn messages), not Connections.csv.",
    ],
    ['From,To,Sent At,Message,Direction\n', "This is LinkedIn's Invitations.csv"],
    [
      'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary\n',
      "This is LinkedIn's Profile.csv (your own profile)",
    ],
    [
      'Company Name,Title,Description,Location,Started On,Finished On\n',
      "This is LinkedIn's Positions.csv",
    ],
    [
      'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n',
      "LinkedIn's Recommendations_Received.csv",
    ],
    [
      'Source,First Name,Last Name,Companies,Title,Emails,PhoneNumbers\n',
      "LinkedIn's Contacts.csv (the address book you once synced",
    ],
    ['Name\nTypeScript\n', "LinkedIn's Skills.csv"],
  ])('names another LinkedIn file: %j', (content, message) => {
    expect(refusal(text(content)).message).toContain(message)
  })

  it('lists the columns of a CSV it does not know', () => {
    const error = refusal(
      text('id;amount;currency;booked at;counterparty;iban;bic;purpose;category\n1;2;EUR\n'),
    )
    expect(error.message).toBe(
      'This is a CSV with the columns id, amount, currency, booked at, counterparty, iban, bic, purpose and 1 more, ' +
        "which is not one of the files coffeechat imports: LinkedIn's Connections.csv (or the whole ZIP), a Google " +
        'Contacts or Outlook CSV, or a vCard (.vcf). Export your contacts from that program as vCard or as Google or Outlook CSV.',
    )
    expect(error.issues).toEqual([{ path: 'file', message: error.message }])
  })

  it.each([
    ['', 'The file is empty.'],
    [' \n\n ', 'The file is empty.'],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'calendar file'],
    ['{"people":[]}', 'JSON'],
    ['<!DOCTYPE html><html>', 'web page'],
    ['Return-Path: <a@b.c>\r\nSubject: hi\r\n', 'email message'],
    ['Ada Lovelace,Lovelace,,,Engines,Engineer,09 Oct 2024\n', 'no header line'],
    ['just some words\n', 'it starts with "just some words"'],
  ])('refuses %j', (content, message) => {
    expect(refusal(text(content)).message).toContain(message)
  })

  it('refuses binary formats by their signature', () => {
    expect(refusal(text('%PDF-1.7\n')).message).toContain('PDF')
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'people.xls').message).toContain(
      'Excel 97–2003 workbook (.xls)',
    )
    expect(refusal(new Uint8Array([0x1f, 0x8b, 0x08])).message).toContain('gzip')
    expect(refusal(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01])).message).toContain('binary data')
    // NULs in the pattern of UTF-16, but with control characters: binary all the same.
    const record = new Uint8Array(64).map((_, i) => (i % 2 === 1 ? 0 : i % 8 === 0 ? 0x02 : 0x41))
    expect(refusal(record).message).toContain('binary data')
  })

  it('uses the file name to sharpen a refusal', () => {
    expect(refusal(text('Name,Phone\n'), 'friends.vcf').message).toBe(
      'The file is named like a vCard but holds no BEGIN:VCARD block.',
    )
  })
})
