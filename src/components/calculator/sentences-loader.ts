import { useEffect, useState } from 'preact/hooks';

/** The module that explains scores in words (Sentences.tsx): the engine's sentences, the curves, the links to readings. */
export type SentencesModule = typeof import('./Sentences.tsx');

let loaded: SentencesModule | null = null;
let loading: Promise<SentencesModule> | null = null;

/** Loads Sentences.tsx once per page (a dynamic import: it is fetched when first needed, not with the calculator). */
export function loadSentences(): Promise<SentencesModule> {
  return (loading ??= import('./Sentences.tsx').then((m) => (loaded = m)));
}

/** The sentences module once loaded (`module`), and whether the last attempt to load it failed (`failed`). */
export interface SentencesState {
  module: SentencesModule | null;
  failed: boolean;
}

/**
 * The sentences module, or null until it has loaded; starts loading it when `wanted` (an
 * explanation is open). Always null in the build's server render (effects do not run there).
 * A failed load (the network gone since the page came) sets `failed`; the next opening retries.
 */
export function useSentences(wanted = true): SentencesState {
  const [state, setState] = useState<SentencesState>({ module: loaded, failed: false });
  useEffect(() => {
    if (!wanted || state.module) return;
    let live = true;
    loadSentences().then(
      (m) => live && setState({ module: m, failed: false }),
      () => {
        loading = null;
        if (live) setState({ module: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, state.module]);
  return state;
}
