import type { SpeakerId } from '../../core/model.ts';
import { speakerStyle } from '../lib/speaker-style.ts';

/** A speaker's name with their colour and marker shape, so colour is never the only cue. */
export function SpeakerChip({ id, name, count }: { id: SpeakerId | null; name: string; count?: number }) {
  const style = speakerStyle(id);
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${style.className}`}>
      <span aria-hidden="true">{style.shape}</span>
      {name}
      {count !== undefined && <span className="tabular-nums">· {count}</span>}
    </span>
  );
}
