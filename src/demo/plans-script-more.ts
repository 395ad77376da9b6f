import type { ScriptedMeeting } from './plans-script.ts'

// The demo's conversations about corporate R&D, consulting and quant work,
// and the research notes for the meetings ahead (plans-script.ts has data science).

export const moreScriptedMeetings: ScriptedMeeting[] = [
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

export const researchNotes: Record<string, string> = {
  'Marco Bianchi':
    '**Group leader** of Ingrid’s team, twelve years at Halvorsen; came from an academic group in Trondheim.\n\n- Ingrid: projects sometimes cancelled after two years — ask how projects are chosen\n- Read the R&D section of the annual report\n- Building C reception; bring ID',
  'Sofía Ramírez':
    'Leads Mateo’s team at the City Data Office.\n\n- Mateo: cleaning is ~70% of the job, 39-hour weeks\n- Their bus-punctuality report went to the council\n- Only 20 minutes: pick the five most important questions',
}
