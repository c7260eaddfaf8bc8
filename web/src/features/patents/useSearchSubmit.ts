import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { patentsApi } from './api';
import { patentNumberQuery } from './patentNumber';

/** Router state the search page reads to say that a number look-up found nothing. */
export interface SearchLocationState {
  lookupMiss?: string;
}

/**
 * Submits a query from any search box: a patent number goes straight to its detail page when the server knows
 * it; anything else (or an unknown number) becomes a full-text search whose URL can be shared.
 */
export function useSearchSubmit(buildSearchUrl: (q: string) => string) {
  const navigate = useNavigate();
  const [lookingUp, setLookingUp] = useState(false);

  const submit = useCallback(
    async (raw: string) => {
      const q = raw.trim();
      const number = patentNumberQuery(q);
      if (number) {
        setLookingUp(true);
        try {
          const patent = await patentsApi.lookup(number);
          navigate(`/patents/${encodeURIComponent(patent.id)}`);
          return;
        } catch (err) {
          // Any look-up failure falls back to full text; only "no such number" is worth telling the user.
          const state: SearchLocationState =
            err instanceof ApiError && err.status === 404 ? { lookupMiss: number } : {};
          navigate(buildSearchUrl(q), { state });
          return;
        } finally {
          setLookingUp(false);
        }
      }
      navigate(buildSearchUrl(q));
    },
    [navigate, buildSearchUrl],
  );

  return { submit, lookingUp };
}
