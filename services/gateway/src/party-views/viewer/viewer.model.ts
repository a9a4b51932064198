import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Viewer', { description: 'Who the presented key or link acts for: what a page needs to know about its own reader.' })
export class ViewerModel {
  @Field() companyId!: string;
  @Field({ description: 'lead, workshop, integrator or coordinator' }) role!: string;
  @Field(() => String, { nullable: true, description: 'The company’s registered name; null until the directory holds it' }) legalName!: string | null;
  @Field({ description: 'Whether the caller came in by a phone link (a workshop’s shop-floor page) rather than an API key' }) viaPhoneLink!: boolean;
}
