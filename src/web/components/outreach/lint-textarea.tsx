import { Input } from '@mantine/core'
import { type Ref, useId } from 'react'
import type { LintResult } from '../../../core/outreach/schema.ts'
import classes from './lint-textarea.module.css'

type Problem = LintResult['problems'][number]

interface LintTextareaProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** The problems, with offsets into `checkedText`. */
  problems: readonly Problem[]
  /** The text the problems were found in: marks are drawn only while it is what is typed. */
  checkedText: string
  textareaRef?: Ref<HTMLTextAreaElement>
  describedBy?: string
}

/**
 * A textarea that marks the lint's problems in the text itself: a copy of
 * the text lies behind the transparent textarea, with the same font and
 * wrapping, and each problem's words are marked in it (yellow, red for the
 * etiquette guard). The copy is built from text pieces, never HTML, and is
 * hidden from screen readers; the problem list beside it says the same in
 * words. The textarea grows with its text, so the two never scroll apart.
 */
export function LintTextarea({
  label,
  value,
  onChange,
  problems,
  checkedText,
  textareaRef,
  describedBy,
}: LintTextareaProps) {
  const id = useId()
  const marks = checkedText === value ? spansOf(value, problems) : []
  return (
    <Input.Wrapper label={label} labelProps={{ htmlFor: id }}>
      <div className={classes.frame}>
        <div className={classes.backdrop} aria-hidden data-testid="lint-marks">
          {pieces(value, marks).map((piece, index) =>
            piece.problem ? (
              <mark
                // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt each render
                key={index}
                className={classes.mark}
                data-rule={piece.problem.rule}
              >
                {piece.text}
              </mark>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt each render
              <span key={index}>{piece.text}</span>
            ),
          )}
          {/* A last line break needs something after it to take up its line. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          className={classes.input}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          aria-describedby={describedBy}
          spellCheck
          rows={10}
        />
      </div>
    </Input.Wrapper>
  )
}

/** Problems that point at part of the text (not the whole of it), in order, without overlaps. */
function spansOf(text: string, problems: readonly Problem[]): Problem[] {
  const spans = problems
    .filter((p) => p.end > p.start && p.end - p.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Problem[] = []
  let at = 0
  for (const p of spans) {
    if (p.start < at) continue
    kept.push(p)
    at = p.end
  }
  return kept
}

function pieces(text: string, marks: Problem[]): Array<{ text: string; problem?: Problem }> {
  const out: Array<{ text: string; problem?: Problem }> = []
  let at = 0
  for (const problem of marks) {
    if (problem.start > at) out.push({ text: text.slice(at, problem.start) })
    out.push({ text: text.slice(problem.start, problem.end), problem })
    at = problem.end
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}
