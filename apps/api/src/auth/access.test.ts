import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Permission, Role } from '@motiva/schema';
import { ModerationStatus } from '../shared/enums';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors';
import { can, canAny, decideAccess, enforceAccess } from './access';
import { Policy } from './policy';
import { effectivePermissions, type Viewer } from './viewer';

const viewer = (role: Role, status = ModerationStatus.APPROVED, disabled = false): Viewer => ({
  userId: 'u',
  sessionId: 's',
  role,
  status,
  brandId: null,
  partnerId: null,
  participantId: null,
  permissions: effectivePermissions(role, status, disabled),
});

describe('the one access decision (auth/access.ts)', () => {
  it('grants a permission only to an approved, enabled holder of the role', () => {
    expect(can(viewer(Role.BRAND), Permission.ManageOwnProducts)).toBe(true);
    expect(can(viewer(Role.PARTNER), Permission.ManageOwnProducts)).toBe(false);
    expect(can(viewer(Role.PARTICIPANT, ModerationStatus.PENDING), Permission.JoinPromotions)).toBe(false);
    expect(can(viewer(Role.BRAND, ModerationStatus.APPROVED, true), Permission.ManageOwnProducts)).toBe(false);
    expect(can(null, Permission.ManageOwnProducts)).toBe(false);
    expect(canAny(viewer(Role.ADMIN), [Permission.ManageOwnProducts, Permission.ModerateProducts])).toBe(true);
    expect(canAny(viewer(Role.ADMIN), [])).toBe(false);
  });

  it('tells not signed in (401) from signed in without the permission (403), for operations and routes alike', () => {
    const brandOnly = Policy.allow(Permission.ManageOwnProducts);
    expect(decideAccess(null, brandOnly)).toBe('UNAUTHENTICATED');
    expect(decideAccess(null, Policy.signedIn())).toBe('UNAUTHENTICATED');
    expect(decideAccess(null, Policy.public())).toBe('ALLOWED');
    expect(decideAccess(viewer(Role.PARTNER), brandOnly)).toBe('FORBIDDEN');
    expect(decideAccess(viewer(Role.PARTICIPANT, ModerationStatus.PENDING), brandOnly)).toBe('FORBIDDEN');
    expect(decideAccess(viewer(Role.PARTICIPANT, ModerationStatus.PENDING), Policy.signedIn())).toBe('ALLOWED');
    expect(decideAccess(viewer(Role.BRAND), brandOnly)).toBe('ALLOWED');
    expect(() => enforceAccess(null, brandOnly)).toThrow(UnauthenticatedError);
    expect(() => enforceAccess(viewer(Role.ADMIN), brandOnly)).toThrow(ForbiddenError);
    expect(() => enforceAccess(viewer(Role.BRAND), brandOnly)).not.toThrow();
  });

  it("is the only code that reads a viewer's permissions: everything else asks can() / canAny()", () => {
    const root = path.resolve(__dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && !/\.test(-kit)?\.ts$/.test(entry.name) && file !== __filename.replace(/\.test\.ts$/, '.ts')) {
          if (/\.permissions\.has\(/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
