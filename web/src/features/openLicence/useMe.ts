import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Me } from './api';

/**
 * The signed-in user, or null for the public. Asks GET /auth/session, which answers `{ me: null }` for the
 * public (as the shell does), so a public page logs no 401 in the console.
 */
export function useMe() {
  return useApi<Me | null>(
    async (signal) => (await api.get<{ me: Me | null }>('/api/v1/auth/session', { signal })).me,
    [],
  );
}
