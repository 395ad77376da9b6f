import { describe, expect, it } from 'vitest'
import type { EtiquetteCategory } from './etiquette.ts'
import { etiquetteFlags, etiquetteProblems, isPolite } from './etiquette.ts'

const flagged: ReadonlyArray<[string, EtiquetteCategory, string]> = [
  ['Are you hiring?', 'hiring', 'Are you hiring'],
  ['Is your data team currently hiring?', 'hiring', 'Is your data team currently hiring'],
  ['I heard you’re hiring, so I thought I would ask.', 'hiring', 'you’re hiring'],
  ['Any chance your company is hiring this year?', 'hiring', 'your company is hiring'],
  ['Do you know anyone who’s hiring?', 'hiring', 'anyone who’s hiring'],
  ['Is your lab hiring interns this summer?', 'hiring', 'Is your lab hiring'],
  ['Would you consider me for the analyst role?', 'hiring', 'consider me for'],
  ['Please keep me in mind.', 'hiring', 'keep me in mind'],
  ['Do you have any openings?', 'job-ask', 'Do you have any openings'],
  ['Any openings on your team?', 'openings', 'Any openings'],
  ['Are there open positions in your group?', 'job-ask', 'Are there open positions in your group'],
  ['We have open roles, I hear.', 'openings', 'open roles'],
  ['I saw two job vacancies on your site.', 'openings', 'job vacancies'],
  ['Let me know if anything opens up.', 'openings', 'if anything opens up'],
  ['Do you have any jobs available?', 'job-ask', 'Do you have any jobs'],
  ['Does your company offer internships?', 'job-ask', 'Does your company offer internships'],
  [
    'Do you know of any entry-level positions?',
    'job-ask',
    'Do you know of any entry-level positions',
  ],
  ['Are there any internships at your firm?', 'job-ask', 'Are there any internships at your firm'],
  ['Is there a role for someone like me?', 'job-ask', 'role for someone like me'],
  ['Could you help me get a job at Acme?', 'job-ask', 'help me get a job'],
  ['Could you help me find my first role?', 'job-ask', 'help me find my first role'],
  ['I am looking for a new job in data science.', 'job-ask', 'looking for a new job'],
  ['I’m seeking a full-time position.', 'job-ask', 'seeking a full-time position'],
  ['Should I apply?', 'job-ask', 'Should I apply'],
  ['I recently applied for the analyst position.', 'job-ask', 'I recently applied'],
  ['Would you look at my application?', 'job-ask', 'my application'],
  ['I’d love to work for your team.', 'job-ask', 'I’d love to work for your team'],
  ['Could you refer me for the analyst role?', 'referral', 'refer me for the analyst role'],
  ['Could you refer me?', 'referral', 'refer me'],
  ['An internal referral would mean a lot.', 'referral', 'internal referral'],
  ['I would appreciate a referral.', 'referral', 'appreciate a referral'],
  ['Could you put in a good word for me?', 'referral', 'put in a good word'],
  ['Could you pass my CV to HR?', 'resume', 'my CV'],
  ['Would you review my résumé?', 'resume', 'my résumé'],
  ['I have attached my RESUME.', 'resume', 'attached my RESUME'],
  ['My CVs are below.', 'resume', 'My CVs'],
  ['CV attached.', 'resume', 'CV attached'],
  ['Could you forward the resume to your manager?', 'resume', 'forward the resume'],
]

const clean: readonly string[] = [
  'How did you get your first job in this field?',
  'What positions does a typical career path go through?',
  'What do you like most about your job?',
  'What do hiring managers look for in a new data scientist?',
  'When you are hiring, what do you look for?',
  'What was the hiring process like for you?',
  'How does hiring work at a consultancy?',
  'Did you do an internship before your first role?',
  'Is an internship worth it for a PhD?',
  'What should a strong résumé in this field show?',
  'What do you look for in a CV?',
  'Who else would you suggest I talk to?',
  'Could you refer me to someone else I could talk to?',
  'Could you give me a referral to a colleague who works in pricing?',
  'Maria referred me to you.',
  'What opportunities for growth does your role offer?',
  'Do you have any opportunities to travel?',
  'Do you have a role model in the field?',
  'Which roles are opening up in the industry?',
  'How did you apply what you learned in your PhD?',
  'How can I apply statistics in consulting?',
  'How did you apply for your first role?',
  'How competitive is the job market for people with a PhD?',
  'How did you negotiate your first job offer?',
  'What did you look for when you were looking for your first job?',
  'Can you give me some examples of roles that use optimisation?',
  'Could you help me understand the roles in a typical team?',
  'I was eager to resume my studies after the break.',
  'Your talk on eye-opening results in causal inference was great.',
  'How many positions did you hold before becoming a lead?',
  'How did your job search go when you switched fields?',
]

describe('etiquette guard', () => {
  it.each(flagged)('flags %j as %s', (text, category, phrase) => {
    const flags = etiquetteFlags(text)
    expect(flags.map((f) => f.category)).toContain(category)
    const flag = flags.find((f) => f.category === category)
    expect(flag && text.slice(flag.start, flag.end)).toBe(phrase)
  })

  it.each(clean)('leaves %j alone', (text) => {
    expect(etiquetteFlags(text)).toEqual([])
    expect(isPolite(text)).toBe(true)
  })

  it('reports offsets in the original text, accents decomposed or not', () => {
    const decomposed = 'Please see my Re\u0301sume\u0301, attached.'
    const [flag] = etiquetteFlags(decomposed)
    expect(flag && decomposed.slice(flag.start, flag.end)).toBe('my Re\u0301sume\u0301')
  })

  it('reports each phrase once, with a one-line explanation', () => {
    const problems = etiquetteProblems('Hi Ana, are you hiring? If so, I attached my CV.')
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatchObject({ rule: 'etiquette', start: 8, end: 22 })
    expect(problems[0]?.message).toMatch(/ask for insight, not a job/)
    expect(problems[1]?.message).toMatch(/résumé/)
    for (const p of problems) expect(p.message).not.toContain('\n')
  })
})
