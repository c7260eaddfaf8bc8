import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { matchingApi } from './api';

/**
 * Names of IPC subclasses and SEI categories that a match shows as codes, fetched once per code from the
 * reference API and kept for the page's life (the code lists do not change while the app runs).
 */
const ipcTitles = new Map<string, Promise<string | null>>();
let seiNames: Promise<Map<string, string>> | null = null;

function ipcTitle(code: string): Promise<string | null> {
  let p = ipcTitles.get(code);
  if (!p) {
    p = matchingApi.ipc(code).then(
      (e) => e.title,
      () => null,
    );
    ipcTitles.set(code, p);
  }
  return p;
}

interface SeiTree {
  items: { code: string; name: string; children: { code: string; name: string }[] }[];
}

function seiNameMap(): Promise<Map<string, string>> {
  seiNames ??= api.get<SeiTree>('/api/v1/reference/sei').then(
    (r) => {
      const m = new Map<string, string>();
      for (const d of r.items) {
        m.set(d.code, d.name);
        for (const c of d.children) m.set(c.code, c.name);
      }
      return m;
    },
    () => new Map(),
  );
  return seiNames;
}

/** Titles of the given IPC codes (null while loading or unknown), `known` first (e.g. the predicted list). */
export function useIpcTitles(
  codes: readonly string[],
  known: ReadonlyMap<string, string | null> = new Map(),
) {
  const [titles, setTitles] = useState<Record<string, string | null>>({});
  const key = [...new Set(codes)].sort().join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined code list is the dependency.
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    Promise.all(wanted.map(async (c) => [c, known.get(c) ?? (await ipcTitle(c))] as const)).then((pairs) => {
      if (live) setTitles(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return titles;
}

/** Names of strategic-emerging-industry codes, once the classification has loaded. */
export function useSeiNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    seiNameMap().then((m) => live && setNames(m));
    return () => {
      live = false;
    };
  }, []);
  return names;
}
