import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** What to tell the user about a failed request, in their language. */
export function describeError(error: unknown, t: TFunction<'common'>): string {
  if (!isApiError(error)) {
    if (
      error instanceof Error &&
      /dynamically imported module|Importing a module script/i.test(error.message)
    ) {
      return t('errors.chunkLoad');
    }
    return t('errors.unexpected');
  }
  switch (true) {
    case error.isNetworkError:
      return t('errors.network');
    case error.status === 429:
      return t('errors.tooManyRequests');
    case error.status === 401:
      return t('errors.unauthorized');
    case error.status === 403:
      return t('errors.forbidden');
    case error.status === 404:
      return t('errors.notFound');
    case error.status === 409:
      return t('errors.conflict');
    case error.status === 400 && error.fields.length > 0:
      return t('errors.validation');
    case error.status >= 500:
      return t('errors.server');
    default:
      return error.message || t('errors.unexpected');
  }
}
