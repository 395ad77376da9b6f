import { describe, expect, it } from 'vitest'
import { lintMessage } from '../rules/email-lint.ts'
import { etiquetteFlags } from '../rules/etiquette.ts'
import {
  questionTopicLabels,
  questionTopics,
  seedQuestions,
  specificities,
  tiaraLabels,
  tiaraLetters,
} from './seed.ts'

const countBy = <K extends string>(
  keys: readonly K[],
  pick: (q: (typeof seedQuestions)[number]) => string,
) => Object.fromEntries(keys.map((k) => [k, seedQuestions.filter((q) => pick(q) === k).length]))

describe('seed question bank', () => {
  it('has at least 45 questions with unique, stable slug keys and unique texts', () => {
    expect(seedQuestions.length).toBeGreaterThanOrEqual(45)
    const keys = seedQuestions.map((q) => q.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(new Set(seedQuestions.map((q) => q.text.toLowerCase())).size).toBe(seedQuestions.length)
  })

  it('covers every topic at least three times', () => {
    for (const [topic, n] of Object.entries(countBy(questionTopics, (q) => q.topic))) {
      expect(n, topic).toBeGreaterThanOrEqual(3)
    }
  })

  it('covers every TIARA letter and both specificities', () => {
    for (const [letter, n] of Object.entries(countBy(tiaraLetters, (q) => q.tiara))) {
      expect(n, letter).toBeGreaterThanOrEqual(2)
    }
    for (const [level, n] of Object.entries(countBy(specificities, (q) => q.specificity))) {
      expect(n, level).toBeGreaterThanOrEqual(5)
    }
  })

  it('uses only known tags, each with a label', () => {
    for (const q of seedQuestions) {
      expect(questionTopics).toContain(q.topic)
      expect(tiaraLetters).toContain(q.tiara)
      expect(specificities).toContain(q.specificity)
    }
    expect(Object.keys(questionTopicLabels)).toEqual([...questionTopics])
    expect(Object.keys(tiaraLabels)).toEqual([...tiaraLetters])
  })

  it.each(seedQuestions.map((q) => [q.key, q.text] as const))(
    '%s passes the etiquette guard',
    (_key, text) => {
      expect(etiquetteFlags(text)).toEqual([])
      expect(lintMessage(text, 'question', { maxWords: 75, promisedMinutes: 30 }).problems).toEqual(
        [],
      )
    },
  )

  it('asks real questions: each ends with a question mark and is short enough to read aloud', () => {
    for (const q of seedQuestions) {
      expect(q.text, q.key).toMatch(/\?$/)
      expect(q.text.split(/\s+/).length, q.key).toBeLessThanOrEqual(25)
    }
  })

  it('asks about money', () => {
    expect(seedQuestions.filter((q) => q.topic === 'compensation').length).toBeGreaterThanOrEqual(3)
  })
})
