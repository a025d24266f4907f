import { fieldId } from '../../forms/draft.ts';
import { SEVERITY_LABEL } from './problems.ts';
import type { FieldMessage } from './scored.ts';

/** Id of the element holding the messages of a field path (for aria-describedby). */
export function messageId(path: string): string {
  return `msg-${fieldId(path)}`;
}

/** The ids that describe a field: its messages (when there are any) and an optional hint. */
export function describedBy(path: string, messages: ReadonlyMap<string, FieldMessage[]> | undefined, hint?: string | null): string | undefined {
  const ids = [messages?.has(path) ? messageId(path) : null, hint ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface Props {
  path: string;
  messages: ReadonlyMap<string, FieldMessage[]>;
}

/** The check and validation messages of one field, shown beside it (same text as the summary at the top). */
export function FieldMessages({ path, messages }: Props) {
  const list = messages.get(path);
  if (!list || list.length === 0) return null;
  return (
    <span class="field-msgs" id={messageId(path)}>
      {list.map((m, i) => (
        <span key={i} class={`field-msg msg-${m.severity}`}>
          <span class="visually-hidden">{SEVERITY_LABEL[m.severity]}：</span>
          {m.text}
        </span>
      ))}
    </span>
  );
}
