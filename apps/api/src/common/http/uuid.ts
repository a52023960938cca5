import { Injectable, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { ValidationFailedException } from './validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** `@Param('id', UuidPipe)`: a malformed id is a 400 naming the parameter, not a 500 or a 404. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw new ValidationFailedException([{ field, errors: [`${field} must be a UUID`] }]);
    }
    return value.toLowerCase();
  }
}
