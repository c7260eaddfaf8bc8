import { parseHighlight } from './highlight';

/** Renders server-highlighted text: only `<mark>` becomes an element, everything else stays plain text. */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((seg, i) =>
        seg.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
          <mark key={i} className="hl">
            {seg.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
          <span key={i}>{seg.text}</span>
        ),
      )}
    </>
  );
}
