import { DEMAND_STATES, type DemandFilter, type DemandState, TRANSFER_MODES, type TransferMode } from './api';

/** Filters live in the URL, so a filtered list can be shared and survives a reload. */
export function filterFromParams(params: URLSearchParams): DemandFilter {
  const states = params
    .getAll('state')
    .filter((s): s is DemandState => (DEMAND_STATES as readonly string[]).includes(s));
  const modes = params
    .getAll('mode')
    .filter((m): m is TransferMode => (TRANSFER_MODES as readonly string[]).includes(m));
  const region = params.get('region')?.trim();
  const industry = params.get('industry')?.trim();
  const q = params.get('q')?.trim();
  return {
    scope: 'visible',
    visibility: 'public',
    ...(states.length ? { state: states } : {}),
    ...(modes.length ? { mode: modes } : {}),
    ...(region && /^\d{2}(\d{2}){0,2}$/.test(region) ? { regionCode: region } : {}),
    ...(industry && /^[A-Ta-t]?\d{0,4}$/.test(industry) ? { industryCode: industry.toUpperCase() } : {}),
    ...(q ? { q } : {}),
  };
}
