import { describe, expect, it } from 'vitest'
import { lintMessage, lintOptionsFromSettings, lintSubject } from '../rules/email-lint.ts'
import { defaultSettings } from '../settings/schema.ts'
import type { TemplateValues } from './templates.ts'
import {
  defaultTemplate,
  defaultTemplates,
  renderMessage,
  renderTemplate,
  templateVariables,
  variablesIn,
} from './templates.ts'

const ana: TemplateValues = {
  firstName: 'Ana',
  myName: 'Sam Lee',
  connection: 'Dana Park',
  career: 'pricing analytics',
  organization: 'Northwind Insurance',
  theirTitle: 'Lead Pricing Analyst',
  takeaway: 'most pricing models are simple regressions done with great care',
  nextStep: 'take the causal inference course you recommended',
  minutes: 20,
  date: 'Thursday, 5 March',
  time: '15:00 CET',
  place: 'the café opposite the Northwind office',
}

const bo: TemplateValues = {
  firstName: 'Bo-Young',
  myName: 'Léa Moreau-Fischer',
  connection: 'the TU Berlin mathematics alumni network',
  career: 'operations research in logistics',
  organization: 'Hanseatic Freight Systems',
  theirTitle: 'Senior Optimisation Engineer',
  takeaway: 'the hardest part of the job is agreeing on what the objective function should be',
  nextStep: 'rebuild one of my thesis models as a vehicle routing problem',
  minutes: 30,
  date: '14 April',
  time: '9:30 am EDT',
  place: 'on Zoom',
}

describe('renderTemplate', () => {
  it('fills every known variable, numbers included', () => {
    expect(renderTemplate('Hi {firstName}, {minutes} minutes?', ana)).toEqual({
      text: 'Hi Ana, 20 minutes?',
      problems: [],
    })
  })

  it('reports a missing value where it is, and keeps the placeholder', () => {
    const result = renderTemplate('Hi {firstName}, about {takeaway}.', {
      firstName: 'Ana',
      takeaway: '  ',
    })
    expect(result.text).toBe('Hi Ana, about {takeaway}.')
    expect(result.problems).toEqual([
      {
        kind: 'missing-value',
        variable: 'takeaway',
        message: expect.stringMatching(/^No value for \{takeaway\}: The takeaway from your notes/),
        start: 22,
        end: 32,
      },
    ])
  })

  it('reports an unknown variable, with a suggestion when only the case is wrong', () => {
    const result = renderTemplate('Hi {firstname} from {company}', ana)
    expect(result.text).toBe('Hi {firstname} from {company}')
    expect(result.problems.map((p) => [p.kind, p.message])).toEqual([
      ['unknown-variable', 'Unknown variable {firstname}: did you mean {firstName}?'],
      [
        'unknown-variable',
        expect.stringMatching(/^Unknown variable \{company\}: use one of \{firstName\}/),
      ],
    ])
  })

  it('writes literal braces for {{ and }}, and leaves stray braces alone', () => {
    expect(renderTemplate('{{firstName}} is {firstName} { ok }', ana).text).toBe(
      '{firstName} is Ana { ok }',
    )
  })

  it('lists the variables a template uses', () => {
    expect(variablesIn('Hi {firstName}, {firstName} and {career} {{myName}}')).toEqual([
      'firstName',
      'career',
    ])
  })
})

describe('default templates', () => {
  it('have one per message kind, two for outreach, and use only known variables', () => {
    expect(defaultTemplates.map((t) => t.key)).toEqual([
      'outreach-connection',
      'outreach-cold',
      'follow-up',
      'confirmation',
      'thank-you',
      'progress-update',
      'check-in',
    ])
    for (const t of defaultTemplates) {
      for (const name of variablesIn(t.subject + t.body)) expect(templateVariables).toContain(name)
    }
    expect(defaultTemplate('outreach').key).toBe('outreach-connection')
    expect(defaultTemplate('outreach', { hasConnection: false }).key).toBe('outreach-cold')
    expect(defaultTemplate('check-in').key).toBe('check-in')
  })

  const lintOptions = (values: TemplateValues) => ({
    ...lintOptionsFromSettings(defaultSettings),
    connection: String(values.connection),
    takeaway: String(values.takeaway),
    nextStep: String(values.nextStep),
  })

  for (const values of [ana, bo]) {
    it.each(defaultTemplates.map((t) => [t.key, t] as const))(
      `%s, written to ${values.firstName}, renders fully and passes our own lint`,
      (_key, template) => {
        const message = renderMessage(template, values)
        expect(message.problems).toEqual([])
        expect(message.body).not.toMatch(/[{}]/)
        expect(lintMessage(message.body, template.kind, lintOptions(values)).problems).toEqual([])
        expect(lintSubject(message.subject).problems).toEqual([])
      },
    )
  }

  it('reports what is missing when rendered without values', () => {
    const message = renderMessage(defaultTemplate('thank-you'), { firstName: 'Ana' })
    expect(message.problems.map((p) => `${p.part}:${p.variable}`)).toEqual([
      'body:takeaway',
      'body:career',
      'body:nextStep',
      'body:myName',
    ])
  })
})
