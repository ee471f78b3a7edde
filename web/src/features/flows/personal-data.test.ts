import { describe, it, expect } from 'vitest';
import { hkidCheckDigit, personalDataRows } from './personal-data.ts';

describe('hkidCheckDigit', () => {
  it('computes the check digit of one- and two-letter HKIDs', () => {
    expect(hkidCheckDigit('A123456')).toBe('3');
    expect(hkidCheckDigit('G996963')).toBeDefined();
    expect(hkidCheckDigit('nonsense')).toBeUndefined();
  });
});

describe('personalDataRows', () => {
  it('renders names, HKID with a verified check digit, phones and addresses in the official shapes', () => {
    const rows = personalDataRows({
      enName: { UnstructuredName: 'CHAN, Tai Man' },
      chName: { ChineseName: '陳大文' },
      idNo: { Identification: 'A123456', CheckDigit: '3' },
      birthDate: '19800101',
      mobileNumber: { CountryCode: '852', SubscriberNumber: '91234567' },
      residentialAddress: { EngPremisesAddress: { BuildingName: 'Sandbox House', EngStreet: { StreetName: 'Test Road', BuildingNoFrom: '1' }, EngDistrict: { DcDistrict: 'CW' }, Region: 'HK' } },
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

  it('flags a wrong check digit', () => {
    expect(personalDataRows({ idNo: { Identification: 'A123456', CheckDigit: '4' } })[0].hkidValid).toBe(false);
  });
});
