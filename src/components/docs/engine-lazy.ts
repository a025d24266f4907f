import { useEffect, useState } from 'preact/hooks';

/** The scoring helpers an island needs (the engine, decimal.js): loaded when the island is on screen, not with the page. */
export type Engine = typeof import('./score-one.ts');

let loading: Promise<Engine> | null = null;

/** Loads the engine once per page (dynamic import: not part of what the page ships on load). */
export function loadEngine(): Promise<Engine> {
  return (loading ??= import('./score-one.ts'));
}

/** The engine, or null until it has loaded (always null during the build's server render). */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    loadEngine().then((e) => live && setEngine(() => e));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
