// What was asked and said in the demo's conversations. Several people per
// career answer the same topics, and they do not always agree, so the
// comparison grid has something to compare. Every name here is invented.
// The people met earlier for this are in plans-people.ts.

type State = 'asked' | 'skipped' | 'planned'

/** One conversation's plan as it went: seed keys in order, with what was said. */
export interface ScriptedMeeting {
  person: string
  /** Minutes after the scheduled start that the meeting really started. */
  lateMinutes: number
  /** Minutes past (negative: short of) the promised length when it ended. */
  overrunMinutes: number
  freeNotes: string
  questions: Array<[key: string, state: State, answer: string]>
}

/** The data-science conversations; `moreScriptedMeetings` has the other careers. */
export const dataScienceMeetings: ScriptedMeeting[] = [
  {
    person: 'Amara Okafor',
    lateMinutes: 2,
    overrunMinutes: 6,
    freeNotes:
      'Coffee ran long — she was happy to keep going.\n\n- Ask Jonas about deployment\n- Look at the readmission paper she mentioned (2023, *JAMIA*)',
    questions: [
      [
        'path-first-step',
        'asked',
        'Her postdoc grant ran out in 2019 and a friend at Northwind needed someone who could reason about noisy longitudinal data. She took a six-month contract "to see" and never went back. What decided it: her first project shipped within weeks, after four years of a thesis nobody read.',
      ],
      [
        'path-phd-value',
        'asked',
        'Helped more than it slowed her down — the PhD taught her to sit with an ill-posed problem for weeks. The stochastic PDE content itself is irrelevant. It cost her roughly a year of salary against peers who came straight from a master’s.',
      ],
      [
        'day-time-split',
        'asked',
        'About **60% data cleaning** and plumbing, 40% modelling and evaluation. Meetings maybe six hours a week, more in planning season. "Anyone who says otherwise is senior enough to delegate the cleaning, or isn’t looking closely."',
      ],
      [
        'likes-best-part',
        'asked',
        'When a model changes what a ward actually does: last year a discharge checklist came out of one of her analyses. The feedback loop is months, not years.',
      ],
      [
        'dislikes-frustrations',
        'asked',
        'Dashboards — stakeholders ask for one when what they need is a decision. And data-access paperwork: approval for a new hospital dataset took four months.',
      ],
      [
        'pay-starting-range',
        'asked',
        'PhD entry at Northwind: €62–70k base here, senior after ~3 years at €80–90k. Bonus 5–8%, no equity. Insurers pay 10–15% more, "but you model claims, not patients".',
      ],
      [
        'hours-typical-week',
        'asked',
        'A steady 40–42 hours. On call only around model releases, four times a year. Home office two days a week.',
      ],
      [
        'skills-gap',
        'asked',
        'For me: SQL until it is boring, and enough software engineering to write tests and package a model. My maths is "more than enough"; the gap is the unglamorous tooling.',
      ],
      ['skills-more-schooling', 'skipped', ''],
      [
        'resources-who-else',
        'asked',
        'Jonas Becker on her team, for the deployment side; and someone at an insurer for contrast.',
      ],
    ],
  },
  {
    person: 'Jonas Becker',
    lateMinutes: 0,
    overrunMinutes: 2,
    freeNotes:
      'Showed me the monitoring dashboard on his phone. Clinicians are the hardest stakeholders.',
    questions: [
      [
        'path-first-job',
        'asked',
        'Backend engineer at a logistics company; joined Northwind as a software engineer and moved into ML after rebuilding the training pipeline. No PhD — about half the ML team has one.',
      ],
      [
        'skills-more-schooling',
        'asked',
        'No second degree: learn on the job, plus one solid course on ML in production. He would not pay for a bootcamp with my background.',
      ],
      [
        'day-time-split',
        'asked',
        'For him barely **20% cleaning**: half deployment and monitoring, the rest with clinical staff. "Amara sees the data before the model, I see the plumbing after it."',
      ],
      ['likes-best-part', 'asked', 'Seeing a model he deployed used at 3 a.m. on a ward.'],
      [
        'dislikes-frustrations',
        'asked',
        'Clinicians are rightly sceptical and have no time; validation studies take longer than building the model. Regulatory paperwork for anything near a diagnosis.',
      ],
      [
        'pay-starting-range',
        'asked',
        'Engineers start a little higher than data scientists here, €65–75k, because they are harder to hire. Agrees insurers pay more.',
      ],
      [
        'hours-typical-week',
        'asked',
        'More uneven than Amara’s picture: release weeks run to 50 hours, and there is a pager rotation one week in six.',
      ],
      [
        'skills-most-important',
        'asked',
        'Containers, CI, monitoring — "a model nobody can redeploy is a model that dies". And explaining uncertainty to non-statisticians.',
      ],
      [
        'advice-someone-like-me',
        'asked',
        'Build one end-to-end project that runs somewhere other than my laptop, and write down what broke. Worth more to him than another Kaggle medal.',
      ],
    ],
  },
  {
    person: 'Mateo Rossi',
    lateMinutes: 1,
    overrunMinutes: -3,
    freeNotes: 'Ended a bit early — council meeting. Very candid about pay.',
    questions: [
      [
        'path-first-step',
        'asked',
        'Physics master’s, two years teaching, then the city’s open-data hackathon led to a short contract that became permanent.',
      ],
      [
        'day-time-split',
        'asked',
        'Cleaning is closer to **70%** for him: city data comes from dozens of systems with no shared ids. "If you hate cleaning, the public sector will break you."',
      ],
      [
        'likes-best-part',
        'asked',
        'The work is public: his bus-punctuality analysis went to the council and changed two routes.',
      ],
      [
        'dislikes-frustrations',
        'asked',
        'Procurement. A new tool takes a year to approve, so it is a lot of SQL against an old warehouse.',
      ],
      [
        'pay-starting-range',
        'asked',
        'Public pay scale: about €52–60k at entry with a master’s; a PhD counts for one step. Less than industry, "but I leave at five".',
      ],
      [
        'hours-typical-week',
        'asked',
        'Contractual 39 hours, and he means it. Flexible hours, three days from home.',
      ],
      [
        'trends-next-five-years',
        'asked',
        'Open-data laws are pushing cities to hire; he expects teams to double. Sceptical about language models for document search in the administration.',
      ],
      [
        'resources-who-else',
        'asked',
        'Sofía Ramírez, his team lead, and Tom Lindqvist, who came from physics too.',
      ],
    ],
  },
  {
    person: 'Elena Marsh',
    lateMinutes: 0,
    overrunMinutes: 4,
    freeNotes:
      'Phone call from her car. Insurers love stochastic modelling — frame the PhD that way.',
    questions: [
      [
        'path-key-decision',
        'asked',
        'Dropping the actuarial exam track after two exams for data science. The exams still buy her credibility with actuaries.',
      ],
      [
        'day-time-split',
        'asked',
        'About 40% cleaning, 40% modelling, 20% meetings — insurers have good data, "we have recorded claims for a century".',
      ],
      [
        'likes-best-part',
        'asked',
        'Scale: a 1% better pricing model is worth millions, and the impact is measurable.',
      ],
      [
        'dislikes-frustrations',
        'asked',
        'Models must be explainable to the regulator, so half the clever ideas are off the table. And a lot of reporting.',
      ],
      [
        'pay-starting-range',
        'asked',
        'With a PhD €70–80k base, bonus 10–15%; senior €95k and up. Agrees insurers pay more than health analytics.',
      ],
      [
        'hours-typical-week',
        'asked',
        'Around 45 hours, with peaks at quarter end and in the annual pricing round.',
      ],
      [
        'trends-next-five-years',
        'asked',
        'Telematics and climate-risk models; a lot of hiring for catastrophe modelling, which suits mathematicians.',
      ],
      [
        'advice-someone-like-me',
        'asked',
        'Do not hide the PhD: call it stochastic modelling, which insurers love.',
      ],
    ],
  },
]
