import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isMonthKey } from '@relais/domain';
import { ValidationFailedException } from '../../common/http/validation';

/** `@Param('month', MonthPipe)`: a month `YYYY-MM`, or a 400 naming the parameter. */
@Injectable()
export class MonthPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isMonthKey(value)) {
      const field = metadata.data ?? 'month';
      throw new ValidationFailedException([
        { field, errors: [`${field} must be a month YYYY-MM`] },
      ]);
    }
    return value;
  }
}
