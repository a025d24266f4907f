import { useEffect, useState } from 'preact/hooks';

/** The module that explains scores in words (Sentences.tsx): the engine's sentences, the curves, the links to readings. */
export type SentencesModule = typeof import('./Sentences.tsx');

let loaded: SentencesModule | null = null;
let loading: Promise<SentencesModule> | null = null;
/** Every open explanation waiting for the module: all of them update when any one load succeeds. */
const waiting = new Set<(m: SentencesModule) => void>();

/**
 * Loads Sentences.tsx once per page (a dynamic import: it is fetched when first needed, not with the
 * calculator). A failed load (the network gone since the page came) is tried again on the next call.
 */
export function loadSentences(): Promise<SentencesModule> {
  loading ??= import('./Sentences.tsx').then(
    (m) => {
      loaded = m;
      for (const notify of waiting) notify(m);
      return m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The sentences module once loaded (`module`), and whether the last attempt to load it failed (`failed`). */
export interface SentencesState {
  module: SentencesModule | null;
  failed: boolean;
}

/**
 * The sentences module, or null until it has loaded; starts loading it when `wanted` (an
 * explanation is open). Always null in the build's server render (effects do not run there).
 * A failed load sets `failed`; opening an explanation again retries, and every explanation still
 * waiting shows its sentences as soon as one load succeeds.
 */
export function useSentences(wanted = true): SentencesState {
  const [state, setState] = useState<SentencesState>({ module: loaded, failed: false });
  useEffect(() => {
    if (state.module) return;
    let live = true;
    const notify = (m: SentencesModule) => live && setState({ module: m, failed: false });
    waiting.add(notify);
    if (wanted) {
      loadSentences().then(notify, () => {
        if (live) setState({ module: null, failed: true });
      });
    }
    return () => {
      live = false;
      waiting.delete(notify);
    };
  }, [wanted, state.module]);
  return state;
}
