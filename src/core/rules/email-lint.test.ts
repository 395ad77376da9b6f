import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../settings/schema.ts'
import type { LintOptions, LintRuleName, MessageKind } from './email-lint.ts'
import {
  formatProblems,
  lintMessage,
  lintOptionsFromSettings,
  lintRules,
  lintSubject,
  messageKinds,
  rulesByKind,
} from './email-lint.ts'

const options: LintOptions = { maxWords: 75, promisedMinutes: 30 }

const goodOutreach = `Hi Ana,

Dana Park suggested I write to you. Your move from a maths PhD into pricing at Northwind is the path I am weighing now.

Would you be open to a 20-minute call in the coming weeks to share your advice on how you got there?

Best,
Sam`

const rule = (name: LintRuleName, text: string, extra: Partial<LintOptions> = {}) =>
  lintRules[name](text, { ...options, ...extra })
const spans = (text: string, problems: ReturnType<typeof rule>) =>
  problems.map((p) => text.slice(p.start, p.end))

describe('a good first email', () => {
  it('passes every outreach rule', () => {
    expect(lintMessage(goodOutreach, 'outreach', options)).toEqual({ words: 49, problems: [] })
  })
})

describe('word-limit', () => {
  it('passes below the limit and flags the whole text at it (fewer than 75 words)', () => {
    const seventyFour = Array.from({ length: 74 }, () => 'word').join(' ')
    expect(rule('word-limit', seventyFour)).toEqual([])
    const seventyFive = `${seventyFour} more`
    expect(rule('word-limit', seventyFive)).toEqual([
      {
        rule: 'word-limit',
        message: '75 words: a first email reads best in fewer than 75 words.',
        start: 0,
        end: seventyFive.length,
      },
    ])
    expect(rule('word-limit', goodOutreach, { maxWords: 49 })).toHaveLength(1)
    expect(rule('word-limit', goodOutreach, { maxWords: 50 })).toEqual([])
  })
})

describe('ask-as-question', () => {
  it('passes a question that asks for time or advice', () => {
    expect(rule('ask-as-question', 'Could we talk for 20 minutes?')).toEqual([])
    expect(rule('ask-as-question', 'Are you open to sharing your perspective?')).toEqual([])
  })

  it('points at an ask stated as a sentence', () => {
    const text = "I found you through Dana. I'd love to chat for 20 minutes."
    expect(spans(text, rule('ask-as-question', text))).toEqual(["I'd love to chat for 20 minutes."])
  })

  it('flags the whole text when there is no ask at all, or only other questions', () => {
    const text = 'I found you through Dana. Isn’t pricing fascinating?'
    expect(rule('ask-as-question', text)).toMatchObject([{ start: 0, end: text.length }])
  })
})

describe('connection-first', () => {
  it('passes when the first or second sentence names the connection', () => {
    expect(rule('connection-first', 'Hi Ana,\nI came across your talk at PyData.')).toEqual([])
    expect(rule('connection-first', 'I am Sam. We are both TU Berlin alumni.')).toEqual([])
    expect(
      rule('connection-first', 'Hi Ana,\nDana Park mentioned your name.', {
        connection: 'Dana Park',
      }),
    ).toEqual([])
  })

  it('points at a connection that comes too late', () => {
    const text = 'I am Sam. I study maths. I love pricing. Dana Park referred me to you.'
    expect(spans(text, rule('connection-first', text))).toEqual(['Dana Park referred me to you.'])
  })

  it('flags an email with no connection at all', () => {
    const text = 'Hi Ana,\nI am a maths PhD. Could we talk for 20 minutes?'
    expect(rule('connection-first', text)).toMatchObject([{ start: 0, end: text.length }])
  })
})

describe('about-them', () => {
  it('passes when words about them outnumber words about the explorer', () => {
    expect(rule('about-them', goodOutreach)).toEqual([])
    expect(rule('about-them', 'Dana suggested we talk.')).toEqual([])
  })

  it('flags an email mostly about the explorer, a tie included', () => {
    const text = 'I am a PhD student and my thesis is on graphs. I would like your advice.'
    expect(rule('about-them', text)).toMatchObject([
      {
        rule: 'about-them',
        start: 0,
        end: text.length,
        message: expect.stringMatching(/^3 words about you/),
      },
    ])
    expect(rule('about-them', 'I admire your work.')).toHaveLength(1)
  })
})

describe('short-conversation', () => {
  it('passes a length at or under the promise, in words or digits', () => {
    expect(rule('short-conversation', 'Would you have 20 minutes for a call?')).toEqual([])
    expect(rule('short-conversation', 'Could we talk for half an hour?')).toEqual([])
    expect(rule('short-conversation', 'Would you have fifteen minutes?')).toEqual([])
  })

  it('points at a length above the promise', () => {
    const text = 'Could we talk for an hour?'
    expect(spans(text, rule('short-conversation', text))).toEqual(['an hour'])
    expect(
      rule('short-conversation', 'Would you have 25 minutes for a call?', { promisedMinutes: 20 }),
    ).toHaveLength(1)
  })

  it('wants a length named, and ignores lengths that are not about the meeting', () => {
    expect(rule('short-conversation', 'Could we talk for a few minutes?')).toHaveLength(1)
    const text = 'I spent an hour reading your blog. Would you have 20 minutes for a call?'
    expect(rule('short-conversation', text)).toEqual([])
  })
})

describe('no-proposed-times', () => {
  it('passes vague timing', () => {
    expect(rule('no-proposed-times', 'Would you have 20 minutes in the coming weeks?')).toEqual([])
  })

  it('flags each proposed day, date and time', () => {
    const text = 'Would Tuesday at 3pm or March 14 work?'
    expect(spans(text, rule('no-proposed-times', text))).toEqual(['Tuesday', '3pm', 'March 14'])
  })

  it('does not look at the signature', () => {
    expect(rule('no-proposed-times', 'Could we talk?\n\nBest,\nSam\nMon-Fri 9:00-17:00')).toEqual(
      [],
    )
  })
})

describe('says-thanks', () => {
  it('passes thanks, gratitude and appreciation, and flags their absence', () => {
    expect(rule('says-thanks', 'Thanks so much for today.')).toEqual([])
    expect(rule('says-thanks', 'I really appreciated your time.')).toEqual([])
    expect(rule('says-thanks', 'It was good to meet.')).toHaveLength(1)
  })
})

describe('specific-takeaway', () => {
  it('passes a specific takeaway phrase and flags generic thanks', () => {
    expect(
      rule('specific-takeaway', 'Your point about pricing experiments stuck with me.'),
    ).toEqual([])
    expect(rule('specific-takeaway', 'You mentioned that most models are simple.')).toEqual([])
    expect(rule('specific-takeaway', 'Thank you for your advice.')).toHaveLength(1)
  })

  it('with the takeaway from the notes, wants most of its words', () => {
    const takeaway = 'pricing models are mostly simple regressions'
    expect(
      rule('specific-takeaway', 'Hearing that most pricing models are simple regressions helped.', {
        takeaway,
      }),
    ).toEqual([])
    expect(
      rule('specific-takeaway', 'Your point about teams stuck with me.', { takeaway }),
    ).toMatchObject([{ message: expect.stringContaining(takeaway) }])
  })
})

describe('next-step', () => {
  it('passes a stated next step and flags its absence', () => {
    expect(rule('next-step', 'I will take the causal inference course.')).toEqual([])
    expect(rule('next-step', 'I’ve already signed up for the meetup.')).toEqual([])
    expect(rule('next-step', 'Thanks again for your time.')).toHaveLength(1)
    expect(
      rule('next-step', 'Next month: the causal inference course.', {
        nextStep: 'take the causal inference course',
      }),
    ).toEqual([])
  })
})

describe('states-when', () => {
  it('wants both the day and the time', () => {
    expect(rule('states-when', 'Looking forward to Thursday, 5 March at 15:00.')).toEqual([])
    expect(rule('states-when', 'See you tomorrow at 3pm!')).toEqual([])
    expect(rule('states-when', 'See you Thursday!')).toMatchObject([
      { message: expect.stringContaining('the time') },
    ])
    expect(rule('states-when', 'See you at 3pm!')).toMatchObject([
      { message: expect.stringContaining('the day') },
    ])
  })
})

describe('etiquette, in every kind', () => {
  it.each(messageKinds)('flags asking for a job in a %s', (kind: MessageKind) => {
    const text = 'Are you hiring?'
    expect(lintMessage(text, kind, options).problems.map((p) => p.rule)).toContain('etiquette')
    expect(rulesByKind[kind]).toContain('etiquette')
  })

  it('checks subjects too', () => {
    expect(lintSubject('Any openings at Northwind?').problems).toHaveLength(1)
    expect(lintSubject('Your path into pricing').problems).toEqual([])
  })
})

describe('lintMessage', () => {
  it('runs only the rules of the kind, in text order', () => {
    const text = 'Hi Ana,\nCould we meet Tuesday at 3pm for an hour? Are you hiring?\nSam'
    const result = lintMessage(text, 'outreach', options)
    expect(result.problems.map((p) => p.rule)).toEqual([
      'connection-first',
      'no-proposed-times',
      'no-proposed-times',
      'short-conversation',
      'etiquette',
    ])
    for (const p of result.problems) expect(p.end).toBeGreaterThan(p.start)
    expect(lintMessage(text, 'question', options).problems.map((p) => p.rule)).toEqual([
      'etiquette',
    ])
  })

  it('takes its numbers from the settings', () => {
    expect(lintOptionsFromSettings(defaultSettings)).toEqual({ maxWords: 75, promisedMinutes: 30 })
  })

  it('formats problems one per line', () => {
    const text = 'Could we talk for an hour?'
    const lines = formatProblems(text, lintMessage(text, 'follow-up', options).problems)
    expect(lines).toEqual([
      'short-conversation (18-25) "an hour": "an hour" is longer than the 30 minutes a first conversation should ask for.',
    ])
  })
})

describe('lint, properties', () => {
  const messy = fc.string({
    unit: fc.oneof(
      fc.constantFrom('é', 'e\u0301', 'ﬁ', 'İ', '’', '—', '\n', ' ', '?', '.', '{', '😀', 'ß'),
      fc.constantFrom(
        'you ',
        'I ',
        'hiring ',
        'my CV ',
        'an hour ',
        'Tuesday ',
        '3pm ',
        'Hi Ana,\n',
      ),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
    maxLength: 200,
  })

  it('reports every problem inside the text, for every kind', () => {
    fc.assert(
      fc.property(messy, fc.constantFrom(...messageKinds), (text, kind) => {
        const result = lintMessage(text, kind, options)
        for (const p of result.problems) {
          expect(p.start).toBeGreaterThanOrEqual(0)
          expect(p.end).toBeLessThanOrEqual(text.length)
          // Only a whole-text problem on an empty text may be empty.
          expect(p.end > p.start || text.length === 0).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('finds a job ask wherever it is put and however it is cased or accented', () => {
    const ask = fc.constantFrom('are you hiring', 'could you review my résumé', 'any openings')
    fc.assert(
      fc.property(messy, ask, messy, fc.boolean(), (before, phrase, after, upper) => {
        const written = upper ? phrase.toUpperCase() : phrase.normalize('NFD')
        const text = `${before} ${written} ${after}`
        const [from, to] = [before.length + 1, before.length + 1 + written.length]
        const hits = lintMessage(text, 'question', options).problems
        expect(hits.some((p) => p.rule === 'etiquette' && p.start < to && p.end > from)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
