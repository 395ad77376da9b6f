import { describe, expect, it } from 'vitest'
import { careerInSentence } from './career-phrase.ts'

describe('a career as it reads in a sentence ("your path into …")', () => {
  it('names the field of a role, in lower case: "data science", never "data scientist"', () => {
    expect(careerInSentence('Data scientist')).toBe('data science')
    expect(careerInSentence('Management consultant')).toBe('management consulting')
    expect(careerInSentence('Quantitative analyst')).toBe('quantitative analysis')
    expect(careerInSentence('Product manager')).toBe('product management')
    expect(careerInSentence('Software engineer')).toBe('software engineering')
    expect(careerInSentence('Economist')).toBe('economics')
    expect(careerInSentence('Marketing specialist')).toBe('marketing')
    expect(careerInSentence('Data Scientist')).toBe('data science')
  })

  it('keeps acronyms and proper nouns as written', () => {
    expect(careerInSentence('ML in healthcare')).toBe('ML in healthcare')
    expect(careerInSentence('Corporate R&D scientist')).toBe('corporate R&D science')
    expect(careerInSentence('UX designer')).toBe('UX design')
    expect(careerInSentence('R&D scientist')).toBe('R&D science')
    expect(careerInSentence('Healthcare policy in Germany')).toBe('healthcare policy in Germany')
    expect(careerInSentence('iOS developer')).toBe('iOS development')
    expect(careerInSentence('ML Engineer')).toBe('ML engineering')
  })

  it('leaves a field as it is, and a name it does not know lower-cased', () => {
    expect(careerInSentence('pricing analytics')).toBe('pricing analytics')
    expect(careerInSentence('Venture capital')).toBe('venture capital')
    expect(careerInSentence('Sommelier')).toBe('sommelier')
    expect(careerInSentence('  ')).toBe('')
  })
})
