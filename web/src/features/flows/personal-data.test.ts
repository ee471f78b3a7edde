import { describe, it, expect } from 'vitest';
import { personalDataRows } from './personal-data.ts';

describe('personalDataRows', () => {
  it('renders names, HKID with a verified check digit, phones and addresses in the official shapes', () => {
    const rows = personalDataRows({
      enName: { UnstructuredName: 'CHAN, Tai Man' },
      chName: { ChineseName: '陳大文' },
      idNo: { Identification: 'A123456', CheckDigit: '3' },
      birthDate: '19800101',
      mobileNumber: { CountryCode: '852', SubscriberNumber: '91234567' },
      residentialAddress: {
        EngPremisesAddress: {
          BuildingName: 'Sandbox House',
          EngStreet: { StreetName: 'Test Road', BuildingNoFrom: '1' },
          EngDistrict: { DcDistrict: 'CW' },
          Region: 'HK',
        },
      },
    });
    expect(rows).toEqual([
      { field: 'enName', value: 'CHAN, Tai Man' },
      { field: 'chName', value: '陳大文' },
      { field: 'idNo', value: 'A123456(3)', hkidValid: true },
      { field: 'birthDate', value: '1980-01-01' },
      { field: 'mobileNumber', value: '+852 91234567' },
      { field: 'residentialAddress', value: 'Sandbox House, 1 Test Road, CW, HK' },
    ]);
  });

  it('checks the HKID by the shared rule: right and wrong digits, A and 0, two letters, no verdict for a malformed number', () => {
    const valid = (Identification: string, CheckDigit: string) => personalDataRows({ idNo: { Identification, CheckDigit } })[0].hkidValid;
    expect([valid('A123456', '3'), valid('G123456', 'A'), valid('G123456', 'a'), valid('Y555012', '0'), valid('XA112233', '6')]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([valid('A123456', '4'), valid('G123456', '0'), valid('Y555012', 'A'), valid('XA112233', '5')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(valid('A12345', '3')).toBeUndefined();
    expect(personalDataRows({ idNo: 'A123456(3)' })[0]).toEqual({ field: 'idNo', value: 'A123456(3)', hkidValid: undefined });
  });
});
