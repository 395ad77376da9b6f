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

export const scriptedMeetings: ScriptedMeeting[] = [
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
  {
    person: 'Ingrid Halvorsen',
    lateMinutes: 3,
    overrunMinutes: 4,
    freeNotes:
      'Publishing needs legal approval (up to six months). Talk to Marco about how projects are chosen.',
    questions: [
      [
        'path-phd-value',
        'asked',
        'Essential: almost every "scientist" title at Halvorsen requires a PhD. Her postdoc counted as industry-relevant because of the simulation work.',
      ],
      [
        'day-typical-week',
        'asked',
        'Monday planning with the chemists, two or three days of simulation and code, Friday reading and internal reports. About ten hours of meetings.',
      ],
      [
        'likes-best-part',
        'asked',
        'Long problems — three years on polymer ageing — with a product at the end. "A PhD with a customer."',
      ],
      [
        'dislikes-frustrations',
        'asked',
        'Projects get cancelled for business reasons, sometimes after two years. Publishing needs legal approval.',
      ],
      [
        'pay-starting-range',
        'asked',
        'Entry scientist with a PhD: €68–75k plus a 13th month. Group leaders around €100k. Slower growth than data science, she thinks.',
      ],
      ['hours-typical-week', 'asked', 'A calm 40. No travel except two conferences a year.'],
      [
        'skills-most-important',
        'asked',
        'Communicating uncertainty to engineers who want one number — and enough chemistry to be trusted by chemists.',
      ],
      [
        'advice-start-over',
        'asked',
        'An industry internship during the PhD; it would have shortened her job search by a year.',
      ],
      ['resources-who-else', 'asked', 'Marco Bianchi, her manager, for how projects are chosen.'],
    ],
  },
  {
    person: 'Yara Haddad',
    lateMinutes: 0,
    overrunMinutes: 1,
    freeNotes: 'Showed a prototype lens on camera. Much more lab work than Ingrid’s job.',
    questions: [
      [
        'path-first-job',
        'asked',
        'A university–industry project during her PhD; the company hired two of its students.',
      ],
      [
        'day-typical-week',
        'asked',
        'More hands-on than a pure modelling job: half the week in the lab with prototypes, modelling maybe a third.',
      ],
      ['likes-best-part', 'asked', 'Holding a lens that behaves the way her model predicted.'],
      [
        'dislikes-frustrations',
        'asked',
        'Projects rarely get cancelled at Aperture, unlike what Ingrid described — they get "descoped", which is less dramatic and more frustrating.',
      ],
      [
        'pay-starting-range',
        'asked',
        'Lower than Halvorsen: €60–66k for a PhD entry, no 13th month, but a profit share.',
      ],
      ['hours-typical-week', 'asked', '45–50 hours before product milestones, otherwise 40.'],
      [
        'trends-next-five-years',
        'asked',
        'Computational optics and inverse design; modelling roles will grow fastest.',
      ],
      [
        'advice-someone-like-me',
        'asked',
        'Show you can work with hardware people: learn enough about tolerances and manufacturing.',
      ],
    ],
  },
  {
    person: 'Hannah Schulz',
    lateMinutes: 1,
    overrunMinutes: 3,
    freeNotes: 'Only 20 minutes; she kept to it almost exactly. Raj for the PhD track.',
    questions: [
      [
        'day-typical-week',
        'asked',
        'Monday to Wednesday at the client, Thursday and Friday in the office; team problem-solving every morning.',
      ],
      [
        'hours-typical-week',
        'asked',
        '55–60 hours as an engagement manager, associates similar. "Weekends are mostly protected."',
      ],
      [
        'hours-travel',
        'asked',
        'Three days a week on most projects; some clients are remote-first now.',
      ],
      ['likes-best-part', 'asked', 'The learning speed: a new industry every three months.'],
      [
        'pay-starting-range',
        'asked',
        'Associates with a PhD start at about €80–90k plus a 10–20% bonus at Brightline.',
      ],
      ['dislikes-frustrations', 'skipped', ''],
      ['resources-who-else', 'asked', 'Raj Patel, an associate who came from a chemistry PhD.'],
    ],
  },
  {
    person: 'Lukas Brandt',
    lateMinutes: 0,
    overrunMinutes: 8,
    freeNotes: 'Very frank about hours. Offered to do a practice case with me.',
    questions: [
      [
        'day-typical-week',
        'asked',
        'Mostly four-day client weeks, Monday to Thursday — more than Hannah described.',
      ],
      [
        'hours-typical-week',
        'asked',
        '60–65 hours in the first two years; "anyone who says 50 is counting badly".',
      ],
      ['hours-travel', 'asked', 'Four days a week at the client in his first year, less now.'],
      [
        'likes-best-part',
        'asked',
        'Very smart people under pressure, and the team spirit on a hard project.',
      ],
      [
        'dislikes-frustrations',
        'asked',
        'Slides. And the feeling that a client sometimes only wants a stamp on a decision already made.',
      ],
      [
        'pay-starting-range',
        'asked',
        '€75–85k base for a post-PhD consultant at Meridian, bonus up to 20%. "Double in four years if you stay."',
      ],
      [
        'advice-someone-like-me',
        'asked',
        'Practise case interviews with a group for six weeks; PhDs fail on structure, not on maths.',
      ],
      ['resources-reading', 'asked', '*Case in Point*, and the university’s consulting club.'],
    ],
  },
  {
    person: 'Dana Cohen',
    lateMinutes: 0,
    overrunMinutes: -5,
    freeNotes: 'Short call between two market opens.',
    questions: [
      [
        'day-time-split',
        'asked',
        '70% engineering — C++ and data pipelines — 20% research, 10% meetings. "Little maths, lots of plumbing."',
      ],
      ['hours-typical-week', 'asked', '50+ hours, much longer at quarter ends.'],
      [
        'likes-best-part',
        'asked',
        'Immediate feedback: the P&L says every day whether you were right.',
      ],
      [
        'dislikes-frustrations',
        'asked',
        'Secrecy — no talking about the work, no publishing — and always being on call for the markets.',
      ],
      [
        'pay-starting-range',
        'asked',
        '€100–130k for a PhD quant researcher; the bonus can match the base.',
      ],
      ['advice-wish-known', 'asked', 'That a quant job is a software job with a maths interview.'],
    ],
  },
]

/** Research notes for the conversations still ahead. */
export const researchNotes: Record<string, string> = {
  'Marco Bianchi':
    '**Group leader** of Ingrid’s team, twelve years at Halvorsen; came from an academic group in Trondheim.\n\n- Ingrid: projects sometimes cancelled after two years — ask how projects are chosen\n- Read the R&D section of the annual report\n- Building C reception; bring ID',
  'Sofía Ramírez':
    'Leads Mateo’s team at the City Data Office.\n\n- Mateo: cleaning is ~70% of the job, 39-hour weeks\n- Their bus-punctuality report went to the council\n- Only 20 minutes: pick the five most important questions',
}
