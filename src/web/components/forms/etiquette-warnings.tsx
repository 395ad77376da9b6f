import { Text } from '@mantine/core'
import { etiquetteFlags } from '../../../core/rules/etiquette.ts'
import { asksForReferrals } from '../../../core/rules/referral-ask-text.ts'

interface EtiquetteWarningsProps {
  text: string
  /** In a plan: also say when a question asks for names, against the referral-ask advice. */
  referralAdvice?: boolean
}

/**
 * The etiquette guard, read along as a question is typed (or picked), before
 * it is added: every phrase that asks for a job rather than insight, with why.
 * The same pure rule the server applies, so what is warned here is what the
 * question carries once saved.
 */
export function EtiquetteWarnings({ text, referralAdvice = false }: EtiquetteWarningsProps) {
  const flags = etiquetteFlags(text)
  const asksForNames = referralAdvice && asksForReferrals(text)
  if (flags.length === 0 && !asksForNames) return null
  return (
    <div role="status" aria-live="polite">
      <EtiquetteProblems problems={flags} />
      {asksForNames ? (
        <Text size="xs" c="dimmed">
          Asking who else to talk to is advised from a week after you met, and of people who answer
          quickly; in a first conversation, let them offer names (meeting mode’s “Who else?”).
        </Text>
      ) : null}
    </div>
  )
}

/** The etiquette problems a saved question carries, one line each: the phrase, and why. */
export function EtiquetteProblems({
  problems,
}: {
  problems: ReadonlyArray<{ start: number; text: string; message: string }>
}) {
  return problems.map((problem) => (
    <Text key={problem.start} size="xs" c="orange">
      “{problem.text}”: {problem.message}
    </Text>
  ))
}
