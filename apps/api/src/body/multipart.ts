import busboy from 'busboy';
import { badRequest, tooLarge } from '../errors';
import { formatSize } from './gunzip';

export interface MultipartProfile {
  bytes: Buffer;
  fileName?: string;
  /** Other small text fields (Pyroscope agents send `sample_type_config`). */
  fields: Record<string, string>;
}

const MAX_FIELDS = 16;
const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Takes the `profile` part of a multipart/form-data body (a file or a plain
 * field; Pyroscope's agents send a file). Every other part is bounded and,
 * past small text fields, ignored: `prev_profile` from the Go agent is a
 * delta base the analysis does not need.
 */
export function parseMultipart(contentType: string, body: Buffer, maxPartBytes: number): Promise<MultipartProfile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        limits: { fileSize: maxPartBytes, files: 8, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: 32 },
      });
    } catch (err) {
      reject(badRequest(`bad multipart body: ${(err as Error).message}`));
      return;
    }
    let profile: { bytes: Buffer; fileName?: string } | undefined;
    const fields: Record<string, string> = {};
    let failure: Error | undefined;
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => name === 'profile' && chunks.push(c));
      stream.on('limit', () => (failure ??= tooLarge(`multipart part ${JSON.stringify(name)} exceeds the limit of ${formatSize(maxPartBytes)}`)));
      stream.on('end', () => {
        if (name === 'profile' && !profile) profile = { bytes: Buffer.concat(chunks), fileName: info.filename || undefined };
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) failure ??= tooLarge(`multipart field ${JSON.stringify(name)} exceeds ${formatSize(MAX_FIELD_BYTES)}`);
      else if (name === 'profile' && !profile) profile = { bytes: Buffer.from(value, 'utf8') };
      else fields[name] = value;
    });
    parser.on('partsLimit', () => (failure ??= badRequest('too many multipart parts')));
    parser.on('filesLimit', () => (failure ??= badRequest('too many files in the multipart body')));
    parser.on('fieldsLimit', () => (failure ??= badRequest('too many multipart fields')));
    parser.on('error', (err: Error) => reject(badRequest(`bad multipart body: ${err.message}`)));
    parser.on('close', () => {
      if (failure) reject(failure);
      else if (!profile) reject(badRequest('the multipart body has no "profile" part'));
      else resolve({ ...profile, fields });
    });
    parser.end(body);
  });
}
