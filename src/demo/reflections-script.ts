import type { PayEntryInput } from '../core/reflections/schema.ts'

// What the explorer wrote after each conversation, in her own voice. The fit
// ratings tell a story: data science rising conversation by conversation,
// consulting slipping as the hours became concrete, R&D steady, and the quant
// career dropping after the second call. Pay is what people said, in EUR.

export interface ScriptedReflection {
  person: string
  takeaways: string
  surprises?: string
  aha?: string
  pros: string[]
  cons: string[]
  dayToDay: string
  training: string
  fitRating: number
  hypothesisChange: string
  pay: PayEntryInput[]
  questions: string[]
  nextPeople: Array<{ name: string; note: string }>
  /** False: written in part, still due (today's meeting). */
  completed: boolean
  /** Hours after the meeting that it was written. */
  writtenAfterHours: number
}

/** An earlier quant conversation, so the dropped career has a trend too. */
export const earlierQuant = {
  name: 'Aiko Tanaka',
  organization: 'Quantile Capital',
  title: 'Quantitative Researcher',
  career: 'Quantitative analyst',
  connectionNote: 'Gave the quant finance talk at the careers evening',
  dayOffset: -55,
  time: '17:30',
  notes: 'Careers-evening speaker; agreed to a call the week after.',
  minutes: 30,
  overrunMinutes: 4,
  freeNotes: 'Enthusiastic about the puzzles; vague when I asked about a normal Tuesday.',
  /** Seed question keys with what she said. */
  answers: [
    [
      'path-first-job',
      'Straight from a PhD in probability: a friend forwarded the posting, and the interview was "the most fun exam I ever took".',
    ],
    [
      'day-time-split',
      'Research ideas tested on historical data, most of them fail; code reviews every day; meetings are few.',
    ],
    ['likes-best-part', 'Fast feedback and very smart colleagues; nothing is ever vague for long.'],
    [
      'dislikes-frustrations',
      'She cannot talk about her work to anyone outside, and the hours before a quarter end are brutal.',
    ],
    [
      'pay-starting-range',
      'PhD entry around €95–120k base, with a bonus on top that varies a lot from year to year.',
    ],
    ['hours-typical-week', '50 hours is normal; 60 around quarter ends.'],
  ] satisfies Array<[key: string, answer: string]>,
}

/** What someone said about pay, in EUR, in the demo's year. */
function euros(
  low: number | null,
  high: number | null,
  level: string,
  { location, note }: { location?: string; note?: string } = {},
): PayEntryInput {
  return {
    low,
    high,
    currency: 'EUR',
    level,
    ...(location === undefined ? {} : { location }),
    year: 2026,
    ...(note === undefined ? {} : { note }),
  }
}

export const scriptedReflections: ScriptedReflection[] = [
  {
    person: 'Aiko Tanaka',
    takeaways:
      'The maths in the interviews is real: stochastic calculus, probability puzzles. The job after that is less clear to me.',
    surprises: 'How young the team is — almost nobody over 35.',
    pros: ['Very good pay', 'Immediate feedback', 'Smart colleagues'],
    cons: ['Long hours', 'Secrecy about the work'],
    dayToDay:
      'Research ideas tested on historical data, most of them fail; a lot of time in code reviews.',
    training: 'C++ or at least very solid Python; nobody cares about publications.',
    fitRating: 3,
    hypothesisChange: 'Pay is as good as I thought. I still do not know if I would enjoy the days.',
    pay: [euros(95000, 120000, 'PhD entry', { note: 'base; bonus on top' })],
    questions: ['How much of the week is maths and how much is engineering?'],
    nextPeople: [{ name: 'Dana Cohen', note: 'friend from olympiad years, now at Quantile' }],
    completed: true,
    writtenAfterHours: 3,
  },
  {
    person: 'Dana Cohen',
    takeaways:
      'A quant job is a software job with a maths interview. I would be writing C++ pipelines, not proving things.',
    aha: 'The thing I like about maths — sitting with one problem for weeks — is exactly what this job does not have.',
    pros: ['Very good pay', 'Immediate feedback'],
    cons: [
      'Long hours',
      'Secrecy about the work',
      'Always on call for the markets',
      'Little maths',
    ],
    dayToDay: '70% engineering (C++, data pipelines), 20% research, 10% meetings.',
    training: 'Serious C++ and systems programming; interview prep for probability puzzles.',
    fitRating: 1,
    hypothesisChange:
      'Dropped: two conversations made clear I would not enjoy the day to day, whatever the pay.',
    pay: [euros(100000, 130000, 'PhD quant researcher', { note: 'bonus can match the base' })],
    questions: [],
    nextPeople: [],
    completed: true,
    writtenAfterHours: 2,
  },
  {
    person: 'Mateo Rossi',
    takeaways:
      'Public-sector data science is mostly cleaning (70%) and SQL on an old warehouse, but the work is public and reaches the council.',
    surprises: 'He really leaves at five. Nobody I know in academia does.',
    pros: ['Work with public impact', 'Predictable hours', 'Flexible, three days from home'],
    cons: ['Mostly data cleaning', 'Slow procurement of tools', 'Lower pay than industry'],
    dayToDay:
      'Joining data from dozens of city systems without shared ids; analyses for the council; little modelling.',
    training: 'SQL, lots of it. A PhD counts for one step on the pay scale, no more.',
    fitRating: 3,
    hypothesisChange:
      'The "messy real data" half of my hypothesis holds; I had underestimated how much of the job it is.',
    pay: [
      euros(52000, 60000, 'entry, master’s', {
        location: 'City Data Office',
        note: 'public pay scale',
      }),
    ],
    questions: ['Is there room to do actual modelling once the data is clean?'],
    nextPeople: [
      { name: 'Sofía Ramírez', note: 'his team lead' },
      { name: 'Tom Lindqvist', note: 'came from physics too' },
    ],
    completed: true,
    writtenAfterHours: 2,
  },
  {
    person: 'Amara Okafor',
    takeaways:
      'About 60% cleaning and plumbing, 40% modelling — and she is happy. The first project shipped in weeks; after a thesis nobody read, that was what decided it for her.',
    surprises:
      'Her PhD topic is irrelevant, but the habit of sitting with an ill-posed problem is not.',
    aha: 'The feedback loop is months, not years. That is what I miss in research.',
    pros: ['Work with real data', 'Feedback in months, not years', 'Work with public impact'],
    cons: ['Mostly data cleaning', 'Dashboards instead of decisions', 'Data-access paperwork'],
    dayToDay:
      'Cleaning longitudinal hospital data, modelling readmissions, six hours of meetings a week, more in planning season.',
    training:
      'SQL until it is boring, and enough software engineering to write tests and package a model. No second degree.',
    fitRating: 4,
    hypothesisChange:
      'Less "modelling, not meetings" than I thought — but I would enjoy the cleaning more than I expected, because it leads somewhere.',
    pay: [
      euros(62000, 70000, 'PhD entry', { location: 'Northwind', note: 'bonus 5–8%' }),
      euros(80000, 90000, 'senior, after ~3 years', { location: 'Northwind' }),
    ],
    questions: [
      'How do clinicians review a model before it is used on a ward?',
      'What does an insurer pay a PhD data scientist, and what is the work like?',
    ],
    nextPeople: [
      { name: 'Jonas Becker', note: 'deployment side, on her team' },
      { name: 'Someone at an insurer', note: 'for contrast, she suggested' },
    ],
    completed: true,
    writtenAfterHours: 4,
  },
  {
    person: 'Elena Marsh',
    takeaways:
      'Insurers have good data and value stochastic modelling; the constraint is explainability to the regulator.',
    surprises: 'Only 40% cleaning — a century of recorded claims.',
    pros: ['Work with real data', 'Measurable impact', 'Very good pay'],
    cons: ['Explainability limits the methods', 'A lot of reporting', 'Peaks at quarter end'],
    dayToDay:
      'About 40% cleaning, 40% pricing models, 20% meetings; the annual pricing round is intense.',
    training: 'Nothing formal; the actuarial exams buy credibility but are optional.',
    fitRating: 4,
    hypothesisChange:
      'Insurance is not the grey option I assumed; catastrophe modelling sounds like my kind of maths.',
    pay: [
      euros(70000, 80000, 'PhD entry', { location: 'Cobalt Mutual', note: 'bonus 10–15%' }),
      euros(95000, null, 'senior', { location: 'Cobalt Mutual' }),
    ],
    questions: ['Which teams do catastrophe modelling, and do they hire mathematicians directly?'],
    nextPeople: [{ name: 'Li Wei', note: 'lead actuarial data scientist at Cobalt' }],
    completed: true,
    writtenAfterHours: 3,
  },
  {
    person: 'Jonas Becker',
    takeaways:
      'The other half of the picture: deployment and monitoring, clinicians as sceptical stakeholders. Only 20% cleaning for him.',
    pros: ['Work with real data', 'Seeing models used on a ward'],
    cons: ['Slow validation studies', 'Pager rotation'],
    dayToDay: 'Half deployment and monitoring, the rest with clinical staff.',
    training: 'Containers, CI, monitoring; one solid course on ML in production, not a bootcamp.',
    fitRating: 5,
    hypothesisChange: '',
    pay: [euros(65000, 75000, 'ML engineer entry', { location: 'Northwind' })],
    questions: ['What would a first end-to-end project that impresses you look like?'],
    nextPeople: [],
    completed: false,
    writtenAfterHours: 1,
  },
  {
    person: 'Lukas Brandt',
    takeaways:
      'Four client days a week and 60–65 hours in the first two years. He was frank, and he loves it anyway.',
    aha: 'PhDs fail case interviews on structure, not on maths — that is something I can practise.',
    pros: ['Learning speed', 'Smart colleagues', 'Very good pay'],
    cons: ['Long hours', 'Travel four days a week', 'Slides'],
    dayToDay: 'Monday to Thursday at the client; problem-solving, interviews, slides.',
    training: 'Six weeks of case-interview practice with a group; no degree needed.',
    fitRating: 3,
    hypothesisChange: 'The travel and the hours are real, not a stereotype.',
    pay: [
      euros(75000, 85000, 'post-PhD consultant', { location: 'Meridian', note: 'bonus up to 20%' }),
    ],
    questions: ['How many of the PhD hires are still there after three years?'],
    nextPeople: [],
    completed: true,
    writtenAfterHours: 5,
  },
  {
    person: 'Hannah Schulz',
    takeaways:
      'A little calmer than Lukas’ picture — three client days, weekends mostly protected — but still 55–60 hours.',
    pros: ['Learning speed', 'A new industry every three months'],
    cons: ['Long hours', 'Travel three days a week'],
    dayToDay: 'Monday to Wednesday at the client, Thursday and Friday in the office.',
    training: 'Case practice; Brightline runs a PhD bootcamp for new hires.',
    fitRating: 2,
    hypothesisChange:
      'I like the learning, but I cannot see myself travelling three days a week for years.',
    pay: [euros(80000, 90000, 'associate, PhD', { location: 'Brightline', note: 'bonus 10–20%' })],
    questions: [],
    nextPeople: [{ name: 'Raj Patel', note: 'associate from a chemistry PhD' }],
    completed: true,
    writtenAfterHours: 6,
  },
  {
    person: 'Ingrid Halvorsen',
    takeaways:
      'Long problems with a product at the end: "a PhD with a customer". Projects can be cancelled after two years.',
    aha: 'I would keep the part of research I love and lose the part I dread (grant writing).',
    pros: ['Long, deep problems', 'Calm hours', 'Publishing is possible'],
    cons: ['Projects cancelled for business reasons', 'Publishing needs legal approval'],
    dayToDay:
      'Monday planning with chemists, two or three days of simulation and code, Friday reading.',
    training: 'A PhD is required for scientist titles; enough chemistry to be trusted by chemists.',
    fitRating: 4,
    hypothesisChange: 'Confirmed: closest to my PhD, with the product clock as the difference.',
    pay: [
      euros(68000, 75000, 'PhD entry scientist', {
        location: 'Halvorsen',
        note: 'plus a 13th month',
      }),
      euros(100000, null, 'group leader', { location: 'Halvorsen' }),
    ],
    questions: ['How are projects chosen, and who decides to stop one?'],
    nextPeople: [{ name: 'Marco Bianchi', note: 'her manager' }],
    completed: true,
    writtenAfterHours: 3,
  },
  {
    person: 'Yara Haddad',
    takeaways: 'More lab than I expected: half the week with prototypes, modelling a third.',
    pros: ['Long, deep problems', 'Seeing a model turn into hardware'],
    cons: ['Projects get descoped', 'Lower pay than Halvorsen'],
    dayToDay: 'Half the week in the lab with prototypes, a third modelling, the rest meetings.',
    training: 'Learn enough about tolerances and manufacturing to work with hardware people.',
    fitRating: 4,
    hypothesisChange: 'R&D varies a lot between companies; I would want the modelling-heavy kind.',
    pay: [
      {
        low: 5000,
        high: 5500,
        currency: 'EUR',
        period: 'month',
        level: 'PhD entry',
        location: 'Aperture',
        year: 2026,
        note: 'plus profit share',
      },
    ],
    questions: [],
    nextPeople: [{ name: 'Priya Nair', note: 'optical modelling, works next to her' }],
    completed: true,
    writtenAfterHours: 2,
  },
]
