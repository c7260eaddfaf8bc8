import { useApi } from '../../api/useApi';
import { type Me, openLicenceApi } from './api';

/** The signed-in user, or null for the public (a 401 is not an error here). */
export function useMe() {
  return useApi<Me | null>(
    (signal) =>
      openLicenceApi.me(signal).catch((err: { status?: number }) => {
        if (err.status === 401) return null;
        throw err;
      }),
    [],
  );
}
