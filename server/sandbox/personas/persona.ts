/**
 * A synthetic Hong Kong resident the simulated iAM Smart app can act as. Never a real person.
 * Phone numbers and addresses are in the official e-ME shapes the results carry (docs/api-facts.md §4.2).
 */
import type { Address, PhoneNumber } from '../../../shared/catalogue/index.ts';

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
