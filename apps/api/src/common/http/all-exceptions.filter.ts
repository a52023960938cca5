import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ApiErrorBody } from '@relais/domain';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
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

/** What Fastify's errors mean to the caller, in our words. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but its type says JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This content type is not accepted here; send JSON',
  FST_REQ_FILE_TOO_LARGE: 'The file is too large',
  FST_FILES_LIMIT: 'Too many files in the form',
  FST_FIELDS_LIMIT: 'Too many fields in the form',
  FST_PARTS_LIMIT: 'Too many parts in the form',
};

/**
 * Nest hands on the errors of Fastify's body parsing as HttpException(message, status): the code
 * is gone, so they are known again by Fastify's own message.
 */
const FASTIFY_MESSAGE_CODES = new Map(
  Object.keys(FASTIFY_MESSAGES)
    .filter((code): code is keyof typeof errorCodes => code in errorCodes)
    .map((code) => [new errorCodes[code]().message, code]),
);

/** Every error leaves in the same shape: `{ statusCode, error, message, fields?, requestId }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const body = this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    }
    if (reply.sent || reply.raw.headersSent) return;
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof ValidationFailedException) {
      return { ...this.base(400, exception.message), fields: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const fastifyCode = typeof response === 'string' && FASTIFY_MESSAGE_CODES.get(response);
      if (fastifyCode) return this.base(status, FASTIFY_MESSAGES[fastifyCode]);
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
    // Fastify's own errors (body parsing, multipart limits) carry their status and a FST_ code
    const status = (exception as { statusCode?: unknown })?.statusCode;
    const code = (exception as { code?: unknown })?.code;
    if (typeof status === 'number' && status >= 400 && status < 500 && typeof code === 'string') {
      return this.base(status, FASTIFY_MESSAGES[code] ?? this.fallbackMessage(status));
    }
    return this.base(500, 'Something went wrong on our side; it has been logged');
  }

  private fallbackMessage(status: number): string {
    return status === 413 ? 'The request body is too large' : 'The request body could not be read';
  }

  private base(statusCode: number, message: string): ApiErrorBody {
    return { statusCode, error: REASONS[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message };
  }
}
