/**
 * The ask itself: a check-in that thanks them again and asks, as a
 * question, who else to talk to. Never a job or a referral for one, so the
 * etiquette guard passes it.
 */
export const referralAskText = {
  subject: 'Who else should I talk to?',
  body: `Hi {firstName},

Thank you again for our conversation about {career}; it has helped me more than I expected. Before I decide where to go next, I would like to hear a few more points of view. Is there anyone else you think I should talk to? If one or two people come to mind, I would be grateful for their names, or for an introduction if you are happy to make one.

Best,
{myName}`,
} as const
