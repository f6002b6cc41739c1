import { Arg, Query, Resolver } from 'type-graphql';
import { Permission } from '@motiva/schema';
import { Allow } from '../../auth/policy';
import { parseFiscalQr } from './fiscal-qr';
import { ReceiptQr } from './receipt-qr.type';

@Resolver()
export class ReceiptsResolver {
  @Query(() => ReceiptQr, {
    description:
      'Reads the text of a cash receipt’s QR code pasted into the sale form; BAD_USER_INPUT naming the wrong parameters otherwise',
  })
  @Allow(Permission.LogSales)
  parseReceiptQr(
    @Arg('text', () => String, { description: 'The QR text, t=...&s=...&fn=...&i=...&fp=...&n=... (at most 255 characters)' }) text: string,
  ): ReceiptQr {
    return ReceiptQr.of(text, parseFiscalQr(text));
  }
}
