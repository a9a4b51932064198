import { Field, Float, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkEnvelope', { description: 'Largest work envelope, in millimetres.' })
export class WorkEnvelopeModel {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Float) z!: number;
}

@ObjectType('Capability', { description: 'One thing a workshop can make: a process, on which materials, up to which size.' })
export class CapabilityModel {
  @Field({ description: 'machining, turning, milling, sheet-metal, welding, plating, painting, heat-treatment, assembly or inspection' }) process!: string;
  @Field(() => [String]) materials!: string[];
  @Field(() => WorkEnvelopeModel, { nullable: true, description: 'Null when the workshop did not say' }) maxSizeMm!: WorkEnvelopeModel | null;
}

@ObjectType('ValidCertification', { description: 'A certification valid at the moment of asking.' })
export class ValidCertificationModel {
  @Field() name!: string;
  @Field({ description: 'standard or instructor' }) kind!: string;
  @Field() scopeProcess!: string;
  @Field(() => GraphQLISODateTime, { description: 'End of the current validity period' }) validUntil!: Date;
}

@ObjectType('Company', { description: 'A member company’s public profile, as the directory shows it to every member.' })
export class CompanyModel {
  @Field() companyId!: string;
  @Field({ description: 'Legal name' }) name!: string;
  @Field(() => [String], { description: 'lead, workshop, integrator or coordinator' }) roles!: string[];
  @Field(() => [CapabilityModel]) capabilities!: CapabilityModel[];
  @Field(() => [ValidCertificationModel], { description: 'Only those valid now' }) certifications!: ValidCertificationModel[];
  @Field(() => [String], { description: 'Consortia it is a member of' }) consortia!: string[];
}
