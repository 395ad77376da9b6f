import MarkdownIt, { type Token } from 'markdown-it'
import { createElement, type ReactNode } from 'react'
import { safeHref } from '../links/safe-href.ts'

/** Raw HTML off: a note can never carry markup or script. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: true })

const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  's',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
])

interface Open {
  token: Token
  children: ReactNode[]
}

/**
 * Turns Markdown into React elements, token by token, instead of into an
 * HTML string: only known tags come out, text is always text, and links
 * open in a new tab without access to this page.
 *
 * @example renderMarkdown('**Ask** about [the team](https://example.org)')
 */
export function renderMarkdown(source: string): ReactNode[] {
  return build(markdown.parse(source, {}))
}

function build(tokens: Token[]): ReactNode[] {
  const root: ReactNode[] = []
  const stack: Open[] = []
  let key = 0
  const add = (node: ReactNode) => {
    const parent = stack.at(-1)
    ;(parent ? parent.children : root).push(node)
  }
  for (const token of tokens) {
    if (token.nesting === 1) {
      stack.push({ token, children: [] })
      continue
    }
    if (token.nesting === -1) {
      const open = stack.pop()
      if (!open) continue
      // Paragraphs in tight lists are hidden: their content goes straight into the item.
      if (open.token.hidden || !blockTags.has(open.token.tag)) {
        for (const child of open.children) add(child)
      } else {
        add(element(open.token, open.children, key++))
      }
      continue
    }
    switch (token.type) {
      case 'inline':
        for (const child of build(token.children ?? [])) add(child)
        break
      case 'text':
        add(token.content)
        break
      case 'code_inline':
        add(createElement('code', { key: key++ }, token.content))
        break
      case 'code_block':
      case 'fence':
        add(createElement('pre', { key: key++ }, createElement('code', null, token.content)))
        break
      case 'softbreak':
      case 'hardbreak':
        add(createElement('br', { key: key++ }))
        break
      case 'hr':
        add(createElement('hr', { key: key++ }))
        break
      case 'image':
        // Images from elsewhere are not loaded (privacy, and the CSP): the picture becomes a link.
        add(link(String(token.attrGet('src') ?? ''), token.content || 'image', key++))
        break
      default:
        if (token.content) add(token.content)
    }
  }
  return root
}

function element(token: Token, children: ReactNode[], key: number): ReactNode {
  if (token.tag === 'a') return link(String(token.attrGet('href') ?? ''), children, key)
  const props: Record<string, unknown> = { key }
  if (token.tag === 'ol') {
    const start = Number(token.attrGet('start'))
    if (Number.isInteger(start)) props.start = start
  }
  if (token.tag === 'th' || token.tag === 'td') {
    const align = /text-align:\s*(left|right|center)/.exec(
      String(token.attrGet('style') ?? ''),
    )?.[1]
    if (align) props.style = { textAlign: align }
  }
  return createElement(token.tag, props, ...children)
}

function link(href: string, children: ReactNode, key: number): ReactNode {
  // markdown-it has already refused javascript:, vbscript: and data: links; the app's one filter decides.
  const safe = safeHref(href)
  if (!safe) return createElement('span', { key }, children)
  return createElement(
    'a',
    { key, href: safe, target: '_blank', rel: 'noopener noreferrer nofollow' },
    children,
  )
}
