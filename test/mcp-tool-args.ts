/** The ids of one explorer's records that the tools are called with. */
export interface RecordIds {
  career: string
  organization: string
  person: string
  conversation: string
  planItem: string
  /** A draft. */
  message: string
  /** A mail finding (a bounce, so confirming it records nothing else). */
  mailFinding?: string
}

/**
 * Valid arguments for every MCP tool, by name: the tests fail for a tool
 * missing here, so a new tool is called as soon as it exists.
 */
export function validToolArgs(ids: RecordIds): Record<string, Record<string, unknown>> {
  return {
    today: {},
    search: { q: 'Lovelace' },
    list_people: { careerId: ids.career },
    get_person: { id: ids.person },
    list_organizations: {},
    get_organization: { id: ids.organization },
    list_careers: {},
    get_career: { id: ids.career },
    list_conversations: { personId: ids.person },
    get_conversation: { id: ids.conversation },
    career_board: { careerId: ids.career },
    compare_careers: { ids: [ids.career] },
    question_bank: { careerId: ids.career },
    plan: { conversationId: ids.conversation },
    suggest_plan: { conversationId: ids.conversation, count: 3 },
    meeting_notes: { conversationId: ids.conversation },
    reflection: { conversationId: ids.conversation },
    cadence_status: { personId: ids.person },
    list_duplicates: { personId: ids.person },
    mail_status: {},
    mail_findings: { personId: ids.person },
    confirm_mail_finding: { id: ids.mailFinding ?? 'no-mail-finding' },
    dismiss_mail_finding: { id: ids.mailFinding ?? 'no-mail-finding' },
    add_person: { name: 'Grace Hopper', organizationId: ids.organization, careerIds: [ids.career] },
    add_organization: { name: 'Analytical Engines Ltd', careerIds: [ids.career] },
    add_plan_questions: {
      conversationId: ids.conversation,
      items: [{ text: 'What surprised you most in your first year?', topic: 'day-to-day' }],
    },
    record_answer: {
      planItemId: ids.planItem,
      state: 'asked',
      answer: 'Long weeks before each release.',
    },
    record_meeting_notes: { conversationId: ids.conversation, freeNotes: 'Hours: 45 a week.' },
    fill_reflection: {
      conversationId: ids.conversation,
      takeaways: 'Hours are long.',
      fitRating: 4,
    },
    create_draft: { kind: 'thank-you', personId: ids.person, conversationId: ids.conversation },
    // The first call of each of these is a preview: nothing changes without its confirmation.
    update_person: { personId: ids.person, title: 'Principal analyst' },
    update_organization: { organizationId: ids.organization, motivation: 3 },
    remove_question_from_plan: { planItemId: ids.planItem },
    delete_draft: { messageId: ids.message },
  }
}
