/**
 * The sandbox's synthetic residents (docs/sandbox-contract.md §8). Names are common placeholder names,
 * HKIDs are made up with valid check digits (persona.test.ts checks them), phone numbers are in
 * unassigned-looking ranges and e-mails use the reserved example.com domain. TEST DATA ONLY.
 */
import type { Persona } from './persona.ts';

const hk = (SubscriberNumber: string) => ({ CountryCode: '852', SubscriberNumber });

function engPremises(a: {
  floor: string;
  unit: string;
  block?: string;
  building: string;
  estate?: string;
  street: string;
  no: string;
  district: string;
  region: string;
}) {
  return {
    EngPremisesAddress: {
      Eng3dAddress: { EngFloor: { FloorNum: a.floor }, EngUnit: { UnitDescriptor: 'Flat', UnitNo: a.unit } },
      ...(a.block ? { EngBlock: { BlockDescriptor: 'Block', BlockNo: a.block } } : {}),
      BuildingName: a.building,
      ...(a.estate ? { EngEstate: { EstateName: a.estate } } : {}),
      EngStreet: { StreetName: a.street, BuildingNoFrom: a.no },
      EngDistrict: { DcDistrict: a.district },
      Region: a.region,
    },
  };
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'chan-tai-man',
    hkidIdentification: 'A123456',
    hkidCheckDigit: '3',
    enName: 'CHAN, Tai Man',
    chName: '陳大文',
    birthDate: '19800115',
    gender: 'M',
    prefix: 'Mr',
    maritalStatus: 'M',
    homeTelNumber: hk('23456789'),
    officeTelNumber: hk('31234567'),
    mobileNumber: hk('91234567'),
    emailAddress: 'chan.taiman@example.com',
    residentialAddress: engPremises({
      floor: '12',
      unit: 'B',
      block: '3',
      building: 'SAMPLE COURT',
      estate: 'SAMPLE GARDEN',
      street: 'SAMPLE ROAD',
      no: '8',
      district: 'ST',
      region: 'NT',
    }),
    postalAddress: engPremises({
      floor: '12',
      unit: 'B',
      block: '3',
      building: 'SAMPLE COURT',
      estate: 'SAMPLE GARDEN',
      street: 'SAMPLE ROAD',
      no: '8',
      district: 'ST',
      region: 'NT',
    }),
    educationLevel: 'T',
    passportNumber: 'K00000012',
    passportExpiry: '20300630',
    propertyOwner: 'Y',
    carOwner: 'N',
    employmentStatus: 'E',
  },
  {
    id: 'wong-siu-ling',
    hkidIdentification: 'C668668',
    hkidCheckDigit: '9',
    enName: 'WONG, Siu Ling',
    chName: '黃小玲',
    birthDate: '19920308',
    gender: 'F',
    prefix: 'Ms',
    maritalStatus: 'S',
    homeTelNumber: hk('27654321'),
    officeTelNumber: hk('35550000'),
    mobileNumber: hk('61234567'),
    emailAddress: 'wong.siuling@example.com',
    residentialAddress: {
      ChiPremisesAddress: {
        Chi3dAddress: { ChiFloor: { FloorNum: '5' }, ChiUnit: { UnitDescriptor: '室', UnitNo: 'A' } },
        BuildingName: '示例大廈',
        ChiStreet: { StreetName: '示例街', BuildingNoFrom: '18' },
        ChiDistrict: { DcDistrict: 'KLC' },
        Region: 'KLN',
      },
    },
    postalAddress: {
      FreeFormatAddress: {
        AddressLine1: 'Flat A, 5/F, Sample Mansion',
        AddressLine2: '18 Sample Street',
        AddressLine3: 'Kowloon City, Kowloon',
        LanguageCode: 'en',
      },
    },
    educationLevel: 'P',
    passportNumber: 'K00000024',
    passportExpiry: '20290101',
    propertyOwner: 'N',
    carOwner: 'N',
    employmentStatus: 'E',
  },
  {
    id: 'lee-ka-ho',
    hkidIdentification: 'K987654',
    hkidCheckDigit: '5',
    enName: 'LEE, Ka Ho',
    chName: '李家豪',
    birthDate: '19751120',
    gender: 'M',
    prefix: 'Prof',
    maritalStatus: 'W',
    homeTelNumber: hk('28888888'),
    officeTelNumber: hk('39990000'),
    mobileNumber: hk('51234567'),
    emailAddress: 'lee.kaho@example.com',
    residentialAddress: engPremises({
      floor: '20',
      unit: '2001',
      building: 'SAMPLE TOWER',
      street: 'SAMPLE AVENUE',
      no: '1',
      district: 'CW',
      region: 'HK',
    }),
    postalAddress: engPremises({
      floor: '20',
      unit: '2001',
      building: 'SAMPLE TOWER',
      street: 'SAMPLE AVENUE',
      no: '1',
      district: 'CW',
      region: 'HK',
    }),
    educationLevel: 'T',
    passportNumber: 'K00000036',
    passportExpiry: '20310915',
    propertyOwner: 'Y',
    carOwner: 'Y',
    employmentStatus: 'S',
  },
  {
    // Leaves optional fields out (no home or office phone, no passport): results omit them.
    id: 'cheung-mei-yee',
    hkidIdentification: 'M246810',
    hkidCheckDigit: '2',
    enName: 'CHEUNG, Mei Yee',
    chName: '張美儀',
    birthDate: '20010704',
    gender: 'F',
    prefix: 'Miss',
    maritalStatus: 'S',
    mobileNumber: hk('98765432'),
    emailAddress: 'cheung.meiyee@example.com',
    residentialAddress: engPremises({
      floor: '3',
      unit: '7',
      block: 'A',
      building: 'SAMPLE HOUSE',
      estate: 'SAMPLE ESTATE',
      street: 'SAMPLE LANE',
      no: '22',
      district: 'ILD',
      region: 'NT',
    }),
    postalAddress: engPremises({
      floor: '3',
      unit: '7',
      block: 'A',
      building: 'SAMPLE HOUSE',
      estate: 'SAMPLE ESTATE',
      street: 'SAMPLE LANE',
      no: '22',
      district: 'ILD',
      region: 'NT',
    }),
    educationLevel: 'S',
    propertyOwner: 'N',
    carOwner: 'N',
    employmentStatus: 'ST',
  },
  {
    // Receives mail at a post office box.
    id: 'ho-chun-kit',
    hkidIdentification: 'P135790',
    hkidCheckDigit: '9',
    enName: 'HO, Chun Kit',
    chName: '何俊傑',
    birthDate: '19680229',
    gender: 'M',
    prefix: 'Dr',
    maritalStatus: 'M',
    homeTelNumber: hk('24440000'),
    officeTelNumber: hk('37770000'),
    mobileNumber: hk('67654321'),
    emailAddress: 'ho.chunkit@example.com',
    residentialAddress: engPremises({
      floor: 'G',
      unit: '1',
      building: 'SAMPLE VILLA',
      street: 'SAMPLE PATH',
      no: '3',
      district: 'ST',
      region: 'NT',
    }),
    postalAddress: { PostBoxAddress: { EngPostBox: { PostOfficeRegion: 'HK', PostOffice: 'GENERAL POST OFFICE', PoBoxNo: '1234' } } },
    educationLevel: 'T',
    passportNumber: 'K00000048',
    passportExpiry: '20280520',
    propertyOwner: 'Y',
    carOwner: 'Y',
    employmentStatus: 'R',
  },
  {
    // A two-letter HKID prefix.
    id: 'lam-wing-sze',
    hkidIdentification: 'XA112233',
    hkidCheckDigit: '6',
    enName: 'LAM, Wing Sze',
    chName: '林詠詩',
    birthDate: '19880812',
    gender: 'F',
    prefix: 'Mrs',
    maritalStatus: 'M',
    homeTelNumber: hk('26660000'),
    officeTelNumber: hk('38880000'),
    mobileNumber: hk('59876543'),
    emailAddress: 'lam.wingsze@example.com',
    residentialAddress: engPremises({
      floor: '8',
      unit: 'C',
      block: '2',
      building: 'SAMPLE PLAZA',
      street: 'SAMPLE PARADE',
      no: '99',
      district: 'KLC',
      region: 'KLN',
    }),
    postalAddress: engPremises({
      floor: '8',
      unit: 'C',
      block: '2',
      building: 'SAMPLE PLAZA',
      street: 'SAMPLE PARADE',
      no: '99',
      district: 'KLC',
      region: 'KLN',
    }),
    educationLevel: 'T',
    passportNumber: 'K00000050',
    passportExpiry: '20320228',
    propertyOwner: 'N',
    carOwner: 'Y',
    employmentStatus: 'E',
  },
];

const byId = new Map(PERSONAS.map((p) => [p.id, p]));

export function findPersona(id: string): Persona | undefined {
  return byId.get(id);
}

export const DEFAULT_PERSONA_ID = PERSONAS[0].id;
