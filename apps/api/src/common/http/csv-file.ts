import { StreamableFile } from '@nestjs/common';
import type { Readable } from 'node:stream';

/** A CSV download streamed as it is produced; a failure midway cuts the download short. */
export function csvFile(lines: Readable, filename: string): StreamableFile {
  return new StreamableFile(lines, {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename}"`,
  });
}
