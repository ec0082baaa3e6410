import { Observable, firstValueFrom } from 'rxjs';
import { ApiError } from '../app/core/http/api-error';

/** The ApiError an observable fails with; the spec fails if it succeeds instead. */
export function failure(source: Observable<unknown>): Promise<ApiError> {
  return firstValueFrom(source).then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => {
      if (!(e instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(e)}`);
      return e;
    },
  );
}
