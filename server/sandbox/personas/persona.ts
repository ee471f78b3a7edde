/** A synthetic Hong Kong resident the simulated iAM Smart app can act as. Never a real person. */
export interface PhoneNumber {
  CountryCode: string;
  SubscriberNumber: string;
  NationalDestinationCode?: string;
}

/** Addresses in the official e-ME shapes (docs/api-facts.md §4.2, OS ResEMeDetailDTO.cs). */
export type Address = Record<string, unknown>;

export interface Persona {
  id: string;
  /** Identification without the check digit, e.g. A123456. */
  hkidIdentification: string;
  hkidCheckDigit: string;
  enName: string;
  chName: string;
  /** YYYYMMDD */
  birthDate: string;
  gender: 'M' | 'F';
  prefix: string;
  maritalStatus: string;
  homeTelNumber?: PhoneNumber;
  officeTelNumber?: PhoneNumber;
  mobileNumber: PhoneNumber;
  emailAddress: string;
  residentialAddress: Address;
  postalAddress: Address;
  educationLevel: string;
  passportNumber?: string;
  /** YYYYMMDD */
  passportExpiry?: string;
  propertyOwner: 'Y' | 'N';
  carOwner: 'Y' | 'N';
  employmentStatus: string;
}

export function hkidOf(p: Persona): string {
  return `${p.hkidIdentification}(${p.hkidCheckDigit})`;
}
