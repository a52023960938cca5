import {
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ValidationFailedException } from './validation';

/** A file sent in a multipart form, read whole into memory (routes cap its size). */
export interface UploadedFileData {
  buffer: Buffer;
  size: number;
  filename: string;
  mimetype: string;
}

/** The server-wide ceiling for multipart forms; a route's interceptor asks for less. */
export const MULTIPART_LIMITS = { fileSize: 5 * 1024 * 1024, files: 1, fields: 10, parts: 11 };

interface UploadLimits {
  /** Largest file, in bytes. */
  fileSize: number;
  /** Most text fields beside the file. */
  fields: number;
}

type UploadRequest = FastifyRequest & { uploadedFile?: UploadedFileData };

/**
 * Reads a multipart form: its text fields become the body (validated by the route's DTO as JSON
 * bodies are) and the one file named `field` becomes `@UploadedFormFile()`. JSON requests pass
 * through untouched.
 */
export function FormFileInterceptor(field: string, limits: UploadLimits): Type<NestInterceptor> {
  @Injectable()
  class Interceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<UploadRequest>();
      if (!request.isMultipart()) return next.handle();
      const body: Record<string, string> = Object.create(null) as Record<string, string>;
      for await (const part of request.parts({ limits: { ...limits, files: 1 } })) {
        if (part.type === 'field') {
          body[part.fieldname] = String(part.value);
        } else if (part.fieldname !== field) {
          throw new ValidationFailedException([
            { field: part.fieldname, errors: [`only a file named "${field}" is expected`] },
          ]);
        } else {
          const buffer = await part.toBuffer();
          request.uploadedFile = {
            buffer,
            size: buffer.length,
            filename: part.filename,
            mimetype: part.mimetype,
          };
        }
      }
      request.body = body;
      return next.handle();
    }
  }
  return mixin(Interceptor);
}

/** The file `FormFileInterceptor` read, or undefined when the request had none. */
export const UploadedFormFile = createParamDecorator(
  (_: unknown, context: ExecutionContext): UploadedFileData | undefined =>
    context.switchToHttp().getRequest<UploadRequest>().uploadedFile,
);
