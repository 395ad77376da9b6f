import { describe, expect, it } from 'vitest'
import { careerInSentence } from './career-phrase.ts'

describe('a career as it reads in a sentence ("your path into …")', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'names the field of a role, in lower case: "data science", never "data scientist"',
      [
        ['Data scientist', 'data science'],
        ['Management consultant', 'management consulting'],
        ['Quantitative analyst', 'quantitative analysis'],
        ['Product manager', 'product management'],
        ['Software engineer', 'software engineering'],
        ['Economist', 'economics'],
        ['Marketing specialist', 'marketing'],
        ['Data Scientist', 'data science'],
      ],
    ],
    [
      'keeps acronyms and proper nouns as written',
      [
        ['ML in healthcare', 'ML in healthcare'],
        ['Corporate R&D scientist', 'corporate R&D science'],
        ['UX designer', 'UX design'],
        ['R&D scientist', 'R&D science'],
        ['Healthcare policy in Germany', 'healthcare policy in Germany'],
        ['iOS developer', 'iOS development'],
        ['ML Engineer', 'ML engineering'],
      ],
    ],
    [
      'leaves a field as it is, and a name it does not know lower-cased',
      [
        ['pricing analytics', 'pricing analytics'],
        ['Venture capital', 'venture capital'],
        ['Sommelier', 'sommelier'],
        ['  ', ''],
      ],
    ],
  ])('%s', (_rule, cases) => {
    for (const [career, phrase] of cases) expect(careerInSentence(career), career).toBe(phrase)
  })
})
