/**
 * What each personal-data field is called, in the three languages iAM Smart speaks: the result card
 * shows "HKID number" / 「香港身份證號碼」 / 「香港身份证号码」 rather than `idNo`. Keyed by the
 * catalogue's own field list (FORM_FIELDS, which holds every profile field too) and by the result
 * type's fields (results.ts), so a field added to either without its label in every language is a
 * compile error. The words follow the
 * e-ME form-filling terms of the Government's forms; docs/translation.md lists the terms.
 */
import type { FormField, Lang } from '../catalogue/values.ts';
import type { FormFillingFields } from '../catalogue/results.ts';

/** Every field a request can ask for and every field a result can hold: a label is owed for each. */
type LabelledField = FormField | keyof FormFillingFields;

export const FIELD_LABELS: Record<Lang, Record<LabelledField, string>> = {
  'en-US': {
    enName: 'English name',
    chName: 'Chinese name',
    idNo: 'HKID number',
    birthDate: 'Date of birth',
    gender: 'Gender',
    prefix: 'Title',
    maritalStatus: 'Marital status',
    homeTelNumber: 'Home telephone number',
    officeTelNumber: 'Office telephone number',
    mobileNumber: 'Mobile phone number',
    emailAddress: 'Email address',
    residentialAddress: 'Residential address',
    postalAddress: 'Correspondence address',
    educationLevel: 'Education level',
    passportNumber: 'Passport number',
    passportExpiry: 'Passport expiry date',
    propertyOwner: 'Property owner',
    carOwner: 'Car owner',
    employmentStatus: 'Employment status',
  },
  'zh-HK': {
    enName: '英文姓名',
    chName: '中文姓名',
    idNo: '香港身份證號碼',
    birthDate: '出生日期',
    gender: '性別',
    prefix: '稱謂',
    maritalStatus: '婚姻狀況',
    homeTelNumber: '住宅電話號碼',
    officeTelNumber: '辦公室電話號碼',
    mobileNumber: '手提電話號碼',
    emailAddress: '電郵地址',
    residentialAddress: '住址',
    postalAddress: '通訊地址',
    educationLevel: '教育程度',
    passportNumber: '護照號碼',
    passportExpiry: '護照屆滿日期',
    propertyOwner: '物業業主',
    carOwner: '車主',
    employmentStatus: '就業狀況',
  },
  'zh-CN': {
    enName: '英文姓名',
    chName: '中文姓名',
    idNo: '香港身份证号码',
    birthDate: '出生日期',
    gender: '性别',
    prefix: '称谓',
    maritalStatus: '婚姻状况',
    homeTelNumber: '住宅电话号码',
    officeTelNumber: '办公室电话号码',
    mobileNumber: '手机号码',
    emailAddress: '电子邮件地址',
    residentialAddress: '住址',
    postalAddress: '通讯地址',
    educationLevel: '教育程度',
    passportNumber: '护照号码',
    passportExpiry: '护照届满日期',
    propertyOwner: '物业业主',
    carOwner: '车主',
    employmentStatus: '就业状况',
  },
};

/** The label of a result field; a key the catalogue does not list (a newer API's) shows as itself. */
export function fieldLabel(field: string, lang: Lang): string {
  return (FIELD_LABELS[lang] as Record<string, string>)[field] ?? field;
}
