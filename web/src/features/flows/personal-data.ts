/**
 * Makes a decrypted form-filling result readable (field shapes: docs/api-facts.md §4.2): names, the HKID
 * with its check digit verified, addresses and phone numbers as one line each.
 */
import { hkidCheckDigit } from '../../../../shared/personal-data/hkid.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export interface HkidView {
  text: string;
  valid: boolean | undefined;
}

export function hkid(v: unknown): HkidView | undefined {
  if (!isObj(v)) return typeof v === 'string' ? { text: v, valid: undefined } : undefined;
  const id = str(v.Identification);
  const check = str(v.CheckDigit);
  const expected = hkidCheckDigit(id);
  return { text: `${id}(${check})`, valid: expected === undefined ? undefined : expected === check.toUpperCase() };
}

export function phone(v: unknown): string {
  if (!isObj(v)) return str(v);
  return [v.CountryCode ? `+${str(v.CountryCode)}` : '', str(v.NationalDestinationCode), str(v.SubscriberNumber)].filter(Boolean).join(' ');
}

function eng(a: Obj): string {
  const d3 = isObj(a.Eng3dAddress) ? a.Eng3dAddress : {};
  const unit = isObj(d3.EngUnit) ? `${str(d3.EngUnit.UnitDescriptor)} ${str(d3.EngUnit.UnitNo)}`.trim() : '';
  const floor = isObj(d3.EngFloor) ? `Floor ${str(d3.EngFloor.FloorNum ?? d3.EngFloor.Floor)}` : '';
  const block = isObj(a.EngBlock) ? `${str(a.EngBlock.BlockDescriptor)} ${str(a.EngBlock.BlockNo)}`.trim() : '';
  const estate = isObj(a.EngEstate) ? str(a.EngEstate.EstateName) : '';
  const street = isObj(a.EngStreet) ? `${str(a.EngStreet.BuildingNoFrom)} ${str(a.EngStreet.StreetName)}`.trim() : '';
  const district = isObj(a.EngDistrict) ? str(a.EngDistrict.DcDistrict) : '';
  return [unit, floor, block, str(a.BuildingName), estate, street, district, str(a.Region)].filter(Boolean).join(', ');
}

function chi(a: Obj): string {
  const d3 = isObj(a.Chi3dAddress) ? a.Chi3dAddress : {};
  const parts = [
    str(a.Region),
    isObj(a.ChiDistrict) ? str(a.ChiDistrict.DcDistrict) : '',
    isObj(a.ChiStreet) ? `${str(a.ChiStreet.StreetName)}${str(a.ChiStreet.BuildingNoFrom)}` : '',
    isObj(a.ChiEstate) ? str(a.ChiEstate.EstateName) : '',
    str(a.BuildingName),
  ];
  const blk = isObj(a.ChiBlock) ? `${str(a.ChiBlock.BlockNo)}${str(a.ChiBlock.BlockDescriptor)}` : '';
  const flr = isObj(d3.ChiFloor) ? `${str(d3.ChiFloor.FloorNum ?? d3.ChiFloor.Floor)}樓` : '';
  const unit = isObj(d3.ChiUnit) ? `${str(d3.ChiUnit.UnitNo)}${str(d3.ChiUnit.UnitDescriptor)}` : '';
  return [...parts, blk, flr, unit].filter(Boolean).join('');
}

export function address(v: unknown): string {
  if (!isObj(v)) return str(v);
  if (isObj(v.EngPremisesAddress)) return eng(v.EngPremisesAddress);
  if (isObj(v.ChiPremisesAddress)) return chi(v.ChiPremisesAddress);
  if (isObj(v.FreeFormatAddress))
    return [v.FreeFormatAddress.AddressLine1, v.FreeFormatAddress.AddressLine2, v.FreeFormatAddress.AddressLine3]
      .map(str)
      .filter(Boolean)
      .join(', ');
  if (isObj(v.PostBoxAddress)) {
    const pb = (v.PostBoxAddress.EngPostBox ?? v.PostBoxAddress.ChiPostBox) as Obj | undefined;
    return pb ? `PO Box ${str(pb.PoBoxNo)}, ${str(pb.PostOffice)}, ${str(pb.PostOfficeRegion)}` : '';
  }
  return JSON.stringify(v);
}

export interface DataRow {
  field: string;
  value: string;
  hkidValid?: boolean;
}

const PHONES = new Set(['mobileNumber', 'homeTelNumber', 'officeTelNumber']);
const ADDRESSES = new Set(['residentialAddress', 'postalAddress']);

/** One row per field, in the order the result lists them. */
export function personalDataRows(formFilling: unknown): DataRow[] {
  if (!isObj(formFilling)) return [];
  return Object.entries(formFilling).map(([field, v]) => {
    if (field === 'idNo') {
      const h = hkid(v);
      return { field, value: h?.text ?? str(v), hkidValid: h?.valid };
    }
    if (field === 'enName') return { field, value: isObj(v) ? str(v.UnstructuredName) : str(v) };
    if (field === 'chName') return { field, value: isObj(v) ? str(v.ChineseName) : str(v) };
    if (field === 'birthDate' && /^\d{8}$/.test(str(v)))
      return { field, value: `${str(v).slice(0, 4)}-${str(v).slice(4, 6)}-${str(v).slice(6)}` };
    if (PHONES.has(field)) return { field, value: phone(v) };
    if (ADDRESSES.has(field)) return { field, value: address(v) };
    return { field, value: typeof v === 'string' ? v : JSON.stringify(v) };
  });
}
