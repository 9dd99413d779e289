import { describe, expect, it } from 'vitest';
import { moduleOf } from './frame-kind';

describe('moduleOf for .NET constructors', () => {
  it('is the type of an instance constructor', () => {
    expect(moduleOf('Amazon.S3.AmazonS3Client..ctor', '')).toBe('Amazon.S3.AmazonS3Client');
  });

  it('is the type of a static constructor, without a trailing dot', () => {
    expect(moduleOf('Amazon.S3.AmazonS3Client..cctor', '')).toBe('Amazon.S3.AmazonS3Client');
  });
});
