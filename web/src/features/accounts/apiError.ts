import { ApiError } from '../../api/client';

/** Whatever a request threw, as the ApiError the error alert shows. */
export function toApiError(err: unknown): ApiError {
  return err instanceof ApiError
    ? err
    : new ApiError({ status: 0, title: 'Error', detail: err instanceof Error ? err.message : String(err) });
}
