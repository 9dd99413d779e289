/**
 * Typed errors for reading profiles. Each has a stable `code` (the same reason
 * codes the service returns) and a message that says what is wrong and where,
 * so the CLI can print it on one line and the API can return it as is.
 */

export type ProfileErrorCode =
  | 'unsupported_format'
  | 'malformed_profile'
  | 'profile_too_large'
  | 'empty_profile'
  | 'sample_type_not_found'
  | 'incompatible_profiles';

export class ProfileError extends Error {
  constructor(
    readonly code: ProfileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is in a format we recognise, but its content is broken. */
export class MalformedProfileError extends ProfileError {
  constructor(
    readonly format: string,
    readonly detail: string,
  ) {
    super('malformed_profile', `malformed ${format} profile: ${detail}`);
  }
}

/** No importer recognised the input. */
export class UnsupportedFormatError extends ProfileError {
  constructor(detail: string) {
    super('unsupported_format', `unrecognised profile format: ${detail}`);
  }
}

/** A bound in `Limits` was crossed; names the limit, its value and what was seen. */
export class LimitExceededError extends ProfileError {
  constructor(
    readonly limit: string,
    readonly max: number,
    readonly actual: string,
  ) {
    super('profile_too_large', `${limit} exceeded: ${actual} (limit ${max})`);
  }
}

/**
 * Thrown by an importer that finds the input is not its format, so the
 * registry can try the next one. Never escapes the registry.
 */
export class NotThisFormat extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NotThisFormat';
  }
}
