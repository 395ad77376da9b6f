import { describe, expect, it } from 'vitest'
import { fixedCommands, matchCommands, meetingCommands } from './commands.ts'

const labels = (query: string, commands = fixedCommands) =>
  matchCommands(commands, query).map((c) => c.label)

describe('the command palette', () => {
  it('finds a command by the start of its words, the label before the keywords', () => {
    expect(labels('new per')).toEqual(['New person'])
    expect(labels('new org')).toEqual(['New organization'])
    expect(labels('today')).toEqual(['Today'])
    expect(labels('TODAY ')).toEqual(['Today'])
    expect(labels('org')).toEqual(['New organization', 'Organizations'])
    // A word of the label comes before a keyword.
    expect(labels('contact')).toEqual(['Import contacts', 'New person', 'People'])
    expect(labels('')).toEqual([])
    expect(labels('zebra')).toEqual([])
  })

  it('offers to start and to prepare each upcoming meeting, found by name or organization', () => {
    const upcoming = meetingCommands(
      [
        { id: 'c1', person: 'Ada Lovelace', organization: 'Analytical Engines' },
        { id: 'c2', person: 'Zoë Ångström', organization: null },
      ],
      (c) => (c.id === 'c1' ? 'Thu 5 Mar, 15:00' : null),
    )
    expect(upcoming.map((c) => [c.label, c.to, c.hint])).toEqual([
      ['Start meeting with Ada Lovelace', '/conversations/c1/meeting', 'Thu 5 Mar, 15:00'],
      ['Prepare for Ada Lovelace', '/conversations/c1/prepare', 'Thu 5 Mar, 15:00'],
      ['Start meeting with Zoë Ångström', '/conversations/c2/meeting', undefined],
      ['Prepare for Zoë Ångström', '/conversations/c2/prepare', undefined],
    ])
    const all = [...fixedCommands, ...upcoming]
    expect(labels('start meeting ada', all)).toEqual(['Start meeting with Ada Lovelace'])
    expect(labels('meet analytical', all)).toEqual(['Start meeting with Ada Lovelace'])
    // Accents need not be typed.
    expect(labels('prepare zoe', all)).toEqual(['Prepare for Zoë Ångström'])
  })

  it('opens a page for every command, each id once', () => {
    expect(fixedCommands.every((c) => c.to.startsWith('/'))).toBe(true)
    expect(new Set(fixedCommands.map((c) => c.id)).size).toBe(fixedCommands.length)
  })
})
