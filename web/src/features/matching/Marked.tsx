import { markTerms } from './reasons';

/** Text with the given terms wrapped in `<mark>` (shared concepts, the codes a reason names). */
export function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {markTerms(text, terms).map((seg, i) =>
        seg.mark ? (
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
