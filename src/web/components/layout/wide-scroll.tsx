import { Text } from '@mantine/core'
import { IconArrowsHorizontal } from '@tabler/icons-react'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import classes from './wide-scroll.module.css'

interface WideScrollProps {
  /** What the region holds, for screen readers and for the keyboard that scrolls it. */
  label: string
  children: ReactNode
  /** Classes for the visible frame (a border, a radius). */
  className?: string
}

interface Overflow {
  left: boolean
  right: boolean
}

/**
 * A table wider than the screen: it scrolls sideways inside this frame, never
 * the page. A shadow at an edge shows there is more that way and a line
 * under it says so; the region takes keyboard focus so arrow keys scroll it
 * (WCAG 2.1.1).
 */
export function WideScroll({ label, children, className }: WideScrollProps) {
  const scroller = useRef<HTMLElement>(null)
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false })
  useEffect(() => {
    const element = scroller.current
    if (!element) return
    const measure = () => {
      const left = element.scrollLeft > 1
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1
      setOverflow((before) =>
        before.left === left && before.right === right ? before : { left, right },
      )
    }
    measure()
    element.addEventListener('scroll', measure, { passive: true })
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => {
      element.removeEventListener('scroll', measure)
      observer.disconnect()
    }
  }, [])
  const scrolls = overflow.left || overflow.right
  return (
    <div>
      <div
        className={`${classes.frame} ${className ?? ''}`}
        data-more-left={overflow.left || undefined}
        data-more-right={overflow.right || undefined}
      >
        {/* A labelled section is a region; it takes focus when it scrolls, so arrow keys move it. */}
        <section
          ref={scroller}
          className={classes.scroller}
          aria-label={label}
          tabIndex={scrolls ? 0 : undefined}
        >
          {children}
        </section>
      </div>
      {scrolls ? (
        <Text size="xs" c="dimmed" className={classes.hint}>
          <IconArrowsHorizontal size={14} aria-hidden />
          Scroll sideways to see more
        </Text>
      ) : null}
    </div>
  )
}
