import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ApiErrorBody } from '@relais/domain';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ValidationFailedException } from './validation';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** PostgreSQL errors that are the caller's fault, not ours. */
const PG_ERRORS: Record<string, [number, string]> = {
  '23505': [409, 'This already exists'],
  '23503': [409, 'A referenced record does not exist or is still in use'],
  '23502': [400, 'A required value is missing'],
  '22P02': [400, 'A value has the wrong format'],
  '22001': [400, 'A value is too long'],
  '22003': [400, 'A number is out of range'],
  '22007': [400, 'A date has the wrong format'],
  '22008': [400, 'A date is out of range'],
};

/** Every error leaves in the same shape: `{ statusCode, error, message, fields?, requestId }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = request.id ? String(request.id) : undefined;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof ValidationFailedException) {
      return { ...this.base(400, exception.message), fields: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return this.base(status, message);
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const known = PG_ERRORS[code];
      if (known) return this.base(known[0], known[1]);
    }
    // body-parser's errors carry their own status: 413 too large, 400 malformed JSON, 415 charset
    const status = (exception as { status?: unknown })?.status;
    const type = (exception as { type?: unknown })?.type;
    if (typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string') {
      const messages: Record<string, string> = {
        'entity.too.large': 'The request body is too large',
        'entity.parse.failed': 'The request body is not valid JSON',
      };
      return this.base(status, messages[type] ?? 'The request body could not be read');
    }
    return this.base(500, 'Something went wrong on our side; it has been logged');
  }

  private base(statusCode: number, message: string): ApiErrorBody {
    return { statusCode, error: REASONS[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message };
  }
}
