import type { CareerStatus } from '../core/careers/schema.ts'
import type { ConnectionKind } from '../core/people/schema.ts'

// A mathematics PhD in her last year, weighing three careers. Every name,
// organization and address here is invented.

export interface DemoCareer {
  key: string
  name: string
  parent?: string
  status: CareerStatus
  hypothesis: string
  notes?: string
}

export const demoCareers: DemoCareer[] = [
  {
    key: 'ds',
    name: 'Data scientist',
    status: 'narrowing',
    hypothesis:
      "I'd love the modelling and the messy real data, not the dashboards and the meetings.",
    notes:
      'Started from the **Applied Maths careers evening** in October.\n\n- Python: fine\n- SQL: need practice',
  },
  {
    key: 'ds-health',
    name: 'ML in healthcare',
    parent: 'ds',
    status: 'exploring',
    hypothesis: 'Medical data might give the work the meaning I miss in pure research.',
  },
  {
    key: 'mc',
    name: 'Management consultant',
    status: 'exploring',
    hypothesis: 'Fast learning and varied problems — but I fear the travel and the hours.',
  },
  {
    key: 'rd',
    name: 'Corporate R&D scientist',
    status: 'pursuing',
    hypothesis: 'Closest to my PhD: long problems, but with a product at the end.',
  },
  {
    key: 'quant',
    name: 'Quantitative analyst',
    status: 'dropped',
    hypothesis: 'Good pay, but two conversations made clear I would not enjoy the day to day.',
  },
]

export interface DemoOrganization {
  key: string
  name: string
  website: string
  industry: string
  advocacy: boolean
  motivation: number | null
  posting: number | null
  careers: string[]
  notes?: string
}

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'northwind',
    name: 'Northwind Health Analytics',
    website: 'https://northwind-health.example',
    industry: 'Health care analytics',
    advocacy: true,
    motivation: 3,
    posting: 2,
    careers: ['ds', 'ds-health'],
    notes: 'Hospital readmission models; two alumni from our group work here.',
  },
  {
    key: 'cobalt',
    name: 'Cobalt Mutual Insurance',
    website: 'https://cobalt-mutual.example',
    industry: 'Insurance',
    advocacy: false,
    motivation: 1,
    posting: 3,
    careers: ['ds'],
  },
  {
    key: 'civic',
    name: 'City Data Office',
    website: 'https://data.city.example',
    industry: 'Public sector',
    advocacy: true,
    motivation: 2,
    posting: 1,
    careers: ['ds'],
  },
  {
    key: 'brightline',
    name: 'Brightline Consulting',
    website: 'https://brightline.example',
    industry: 'Strategy consulting',
    advocacy: true,
    motivation: 2,
    posting: 3,
    careers: ['mc'],
  },
  {
    key: 'meridian',
    name: 'Meridian Partners',
    website: 'https://meridian-partners.example',
    industry: 'Management consulting',
    advocacy: false,
    motivation: null,
    posting: 2,
    careers: ['mc'],
  },
  {
    key: 'halvorsen',
    name: 'Halvorsen Materials',
    website: 'https://halvorsen.example',
    industry: 'Materials and chemicals',
    advocacy: true,
    motivation: 3,
    posting: 1,
    careers: ['rd'],
    notes: 'Central research lab in the north of the city; hires PhDs into "scientist" roles.',
  },
  {
    key: 'aperture',
    name: 'Aperture Optics',
    website: 'https://aperture-optics.example',
    industry: 'Optics and photonics',
    advocacy: false,
    motivation: 2,
    posting: null,
    careers: ['rd'],
  },
  {
    key: 'quantile',
    name: 'Quantile Capital',
    website: 'https://quantile.example',
    industry: 'Finance',
    advocacy: false,
    motivation: 0,
    posting: 2,
    careers: ['quant'],
  },
]

/** Who an invented person is, and how the explorer met them. */
export interface DemoContact {
  name: string
  organization: string
  title: string
  careers: string[]
  connection: ConnectionKind
  connectionNote: string
  source: string
}

export interface DemoPerson extends DemoContact {
  key: string
  email?: string
  linkedin?: string
  tags: string[]
  notes?: string
  referredBy?: string
}

export const demoPeople: DemoPerson[] = [
  {
    key: 'amara',
    name: 'Amara Okafor',
    organization: 'northwind',
    title: 'Senior Data Scientist',
    careers: ['ds', 'ds-health'],
    connection: 'alumni',
    connectionNote: 'PhD in our group, 2019 (stochastic PDEs)',
    source: 'Department alumni list',
    email: 'amara.okafor@northwind-health.example',
    linkedin: 'https://www.linkedin.com/in/amara-okafor-ds',
    tags: ['alumni', 'phd'],
    notes: 'Moved from a postdoc straight into industry. Very generous with time.',
  },
  {
    key: 'jonas',
    name: 'Jonas Becker',
    organization: 'northwind',
    title: 'ML Engineer',
    careers: ['ds-health'],
    connection: 'referral',
    connectionNote: 'Amara suggested him for the engineering side',
    source: 'Referral',
    email: 'jonas.becker@northwind-health.example',
    tags: ['engineering'],
    referredBy: 'amara',
  },
  {
    key: 'li',
    name: 'Li Wei',
    organization: 'cobalt',
    title: 'Lead Actuarial Data Scientist',
    careers: ['ds'],
    connection: 'linkedin',
    connectionNote: 'Connected after her talk at the statistics meetup',
    source: 'LinkedIn',
    linkedin: 'https://www.linkedin.com/in/li-wei-cobalt',
    tags: ['meetup'],
  },
  {
    key: 'sofia',
    name: 'Sofía Ramírez',
    organization: 'civic',
    title: 'Data Science Team Lead',
    careers: ['ds'],
    connection: 'event',
    connectionNote: 'Met at the open-data hackathon',
    source: 'Hackathon',
    email: 'sofia.ramirez@data.city.example',
    tags: ['public-sector'],
  },
  {
    key: 'tom',
    name: 'Tom Lindqvist',
    organization: 'civic',
    title: 'Analyst',
    careers: ['ds'],
    connection: 'referral',
    connectionNote: 'Sofía’s colleague, career changer from physics',
    source: 'Referral',
    tags: ['career-changer'],
    referredBy: 'sofia',
  },
  {
    key: 'hannah',
    name: 'Hannah Schulz',
    organization: 'brightline',
    title: 'Engagement Manager',
    careers: ['mc'],
    connection: 'alumni',
    connectionNote: 'Same university, maths master’s 2016',
    source: 'Alumni network',
    email: 'hannah.schulz@brightline.example',
    linkedin: 'https://www.linkedin.com/in/hannah-schulz-bl',
    tags: ['alumni'],
  },
  {
    key: 'raj',
    name: 'Raj Patel',
    organization: 'brightline',
    title: 'Associate',
    careers: ['mc'],
    connection: 'referral',
    connectionNote: 'Hannah’s associate, ex-PhD in chemistry',
    source: 'Referral',
    tags: ['phd'],
    referredBy: 'hannah',
  },
  {
    key: 'claire',
    name: 'Claire Dubois',
    organization: 'meridian',
    title: 'Principal',
    careers: ['mc'],
    connection: 'cold',
    connectionNote: 'Wrote a piece on PhDs in consulting',
    source: 'Company blog',
    email: 'claire.dubois@meridian-partners.example',
    tags: [],
  },
  {
    key: 'kenji',
    name: 'Kenji Watanabe',
    organization: 'meridian',
    title: 'Consultant',
    careers: ['mc'],
    connection: 'linkedin',
    connectionNote: 'Second-degree connection through Raj',
    source: 'LinkedIn',
    tags: [],
  },
  {
    key: 'ingrid',
    name: 'Ingrid Halvorsen',
    organization: 'halvorsen',
    title: 'Research Scientist',
    careers: ['rd'],
    connection: 'alumni',
    connectionNote: 'Postdoc in the neighbouring group until 2021',
    source: 'Department alumni list',
    email: 'ingrid.halvorsen@halvorsen.example',
    tags: ['alumni', 'phd'],
    notes: 'Works on simulation of polymer ageing; publishes, but on a product clock.',
  },
  {
    key: 'marco',
    name: 'Marco Bianchi',
    organization: 'halvorsen',
    title: 'R&D Group Leader',
    careers: ['rd'],
    connection: 'referral',
    connectionNote: 'Ingrid’s manager',
    source: 'Referral',
    email: 'marco.bianchi@halvorsen.example',
    tags: ['manager'],
    referredBy: 'ingrid',
  },
  {
    key: 'priya',
    name: 'Priya Nair',
    organization: 'aperture',
    title: 'Optical Modelling Scientist',
    careers: ['rd'],
    connection: 'event',
    connectionNote: 'Poster session neighbour at the SIAM conference',
    source: 'Conference',
    tags: ['conference'],
  },
  {
    key: 'oskar',
    name: 'Oskar Nilsson',
    organization: 'aperture',
    title: 'Head of Research',
    careers: ['rd'],
    connection: 'cold',
    connectionNote: 'Gave the industry keynote at the conference',
    source: 'Conference',
    tags: [],
  },
  {
    key: 'dana',
    name: 'Dana Cohen',
    organization: 'quantile',
    title: 'Quantitative Researcher',
    careers: ['quant'],
    connection: 'friend',
    connectionNote: 'Friend from the maths olympiad years',
    source: 'Friend',
    tags: ['friend'],
  },
  {
    key: 'felix',
    name: 'Felix Wagner',
    organization: 'quantile',
    title: 'Quant Developer',
    careers: ['quant'],
    connection: 'referral',
    connectionNote: 'Dana’s teammate',
    source: 'Referral',
    tags: [],
    referredBy: 'dana',
  },
]
