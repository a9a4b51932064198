import { Field, InputType } from '@nestjs/graphql';

@InputType('MoneyInput', { description: 'A price: a decimal string, never a float, so no cent is lost.' })
export class MoneyInput {
  @Field({ description: 'e.g. "1250.50"' }) amount!: string;
  @Field({ description: 'ISO 4217 code in capitals, e.g. JPY, EUR, USD' }) currency!: string;
}
