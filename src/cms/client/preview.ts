/**
 * The preview beside the CMS form: the entry the way its page starts (kind,
 * title, summary or role, then the text). Built from React elements with
 * text children, which React escapes: nothing an editor types becomes HTML.
 */
import type { CreateElement, ImmutableMap, PreviewProps, ReactNode } from './decap.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The heading of an entry: its title, or a person's name. */
export function previewTitle(data: ImmutableMap): string {
  return text(data.get('title')) || text(data.get('name'));
}

/** The line under the heading: the summary, or a person's role and organisation. */
export function previewLead(data: ImmutableMap): string {
  return text(data.get('summary')) || [text(data.get('role')), text(data.get('organisation'))].filter(Boolean).join(', ');
}

/** Renders the preview of one entry; `kind` is the label above the title ("Les", "Goed voorbeeld"). */
export function renderPreview(h: CreateElement, kind: string, props: PreviewProps): ReactNode {
  const data = props.entry.get('data') as ImmutableMap;
  const lead = previewLead(data);
  return h(
    'div',
    { className: 'wrapper stack preview' },
    h('p', { className: 'card__kind' }, kind),
    h('h1', {}, previewTitle(data)),
    lead ? h('p', { className: 'lead' }, lead) : null,
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}
