import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { Participant } from '../participants/participant.entity';
import type { PhotoContentType } from './image-rules';

/**
 * One uploaded photo (a receipt, a sold product): the stored file is upright and carries no
 * metadata; its WebP thumbnail sits beside it. Uploaded before its sale exists: the sales feature
 * sets `saleId` when the sale is submitted. Never public: photo-visibility.ts decides who sees it.
 */
@Entity({ tableName: 'photo' })
@Check({ name: 'photo_content_type_known', expression: "content_type ~ '^image/(jpeg|png|webp)$'" })
@Check({ name: 'photo_size_check', expression: 'byte_size > 0 and width > 0 and height > 0' })
@Check({ name: 'photo_sha256_check', expression: "sha256 ~ '^[0-9a-f]{64}$'" })
@Index({ properties: ['owner', 'createdAt'] })
export class Photo extends BaseEntity {
  /** The participant who uploaded it. */
  @ManyToOne(() => Participant, { fieldName: 'owner_participant_id' })
  owner!: Participant;

  /** The sale it belongs to; null until the sale is submitted (no foreign key yet: the sale table comes with the sales feature). */
  @Property({ type: 'uuid', nullable: true, index: true })
  saleId?: string | null;

  /** By content (file-type), not by name or header: image/jpeg, image/png or image/webp. */
  @Property({ type: 'string', length: 32 })
  contentType!: PhotoContentType;

  /** Size of the stored file in bytes. */
  @Property({ type: 'integer' })
  byteSize!: number;

  /** Of the stored, upright image, in pixels. */
  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  /** SHA-256 of the file as uploaded, 64 hex characters: the same file on two sales is a risk flag. */
  @Property({ type: 'string', length: 64, index: true })
  sha256!: string;

  /** Perceptual hash, bit(64): `bit_count(a.phash # b.phash)` is the Hamming distance of two photos. */
  @Property({ type: 'string', columnType: 'bit(64)' })
  phash!: string;

  /** The stored image's key in photo storage. */
  @Property({ type: 'string', length: 64 })
  storageKey!: string;

  /** The WebP thumbnail's key in photo storage. */
  @Property({ type: 'string', length: 64 })
  thumbnailKey!: string;
}
