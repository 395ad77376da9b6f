import { describe, expect, it } from 'vitest'
import { referralAskText } from '../referral-asks/ask-text.ts'
import { asksForReferrals, referralAskPhrases } from './referral-ask-text.ts'

describe('asksForReferrals', () => {
  it('finds the ways people ask who else to talk to', () => {
    for (const text of [
      'Who else should I talk to?',
      'WHO ELSE would you suggest I speak with?',
      'Is there anyone else I should talk to?',
      'Are there other people you think I should reach out to?',
      'Could you introduce me to a colleague in pricing?',
      'Would you put me in touch with Dana?',
      'Could you refer me to someone else at Northwind?',
      'If any names come to mind, I would love to hear them.',
      'Who should I talk to next?',
      'Is there anybody who you think I ought to speak with?',
      'Who sees this field quite differently from you and would be worth hearing from?',
    ]) {
      expect(asksForReferrals(text), text).toBe(true)
    }
  })

  it('leaves mentions and other questions alone', () => {
    for (const text of [
      'Dana Park referred me to you.',
      'Thank you for talking to me today.',
      'Who else is on your team?',
      'I spoke to someone else at Northwind last week.',
      'How did you get your first job?',
      'I will let you know how it goes.',
    ]) {
      expect(asksForReferrals(text), text).toBe(false)
    }
  })

  it('reports where the ask is, in the original text with its accents', () => {
    const text = 'Merci, Zoé! Wer sonst? Is there ANYONE else I should talk to?'
    const [phrase] = referralAskPhrases(text)
    expect(phrase?.text).toBe('ANYONE else I should talk to')
    expect(text.slice(phrase?.start, phrase?.end)).toBe(phrase?.text)
  })

  it('recognises the referral ask coffeechat drafts', () => {
    expect(asksForReferrals(referralAskText.body)).toBe(true)
  })
})
