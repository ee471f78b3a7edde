/**
 * What a finished recipe step shows in its timeline, checked as the user would read it, and (for
 * the PDF signature, which the UI only displays) taken apart Node-side to prove it is the real thing.
 */
import { expect, type Locator } from '@playwright/test';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';

/** The decrypted personal data card, with the approving persona's English name. */
export async function expectPersonalData(step: Locator, enName: string): Promise<void> {
  const card = step.getByTestId('personal-data-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('pd-enName')).toContainText(enName);
}

/** The browser's check of the hash signature, and the response's 4 digits beside the phone's. */
export async function expectSignatureValid(step: Locator, hkic: string): Promise<void> {
  const check = step.getByTestId('signing-check');
  await expect(check.getByTestId('signature-verdict')).toContainText('Signature valid for this hash');
  await expect(check.getByTestId('cert-subject')).toContainText('CN=');
  await expect(check.getByTestId('hkic-pair')).toContainText(hkic);
  await expect(check.getByTestId('hkic-pair')).toContainText('the same digits');
}

/** The decrypted plaintext the step shows (raw JSON beside the cards). */
export async function plaintextShown(step: Locator): Promise<Record<string, unknown>> {
  const raw = step.getByTestId('result-plaintext');
  await expect(raw).toBeVisible();
  return JSON.parse(await raw.innerText()) as Record<string, unknown>;
}

export async function openIdShown(step: Locator): Promise<string> {
  await expect(step.getByTestId('auth-result')).toContainText('openID');
  const openID = ((await plaintextShown(step)).iAMSMART as { openID?: unknown } | undefined)?.openID;
  expect(openID, 'iAMSMART.openID').toEqual(expect.any(String));
  return openID as string;
}

function der(base64OrPem: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(base64OrPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64'));
}

/**
 * The step shows a pdfSignature and a certificate: the certificate names `enName`, and the
 * pdfSignature is a CMS SignedData over the shown docDigest, signed with that certificate.
 */
export async function expectPdfSignature(step: Locator, enName: string): Promise<void> {
  await expect(step.getByTestId('pdf-result')).toBeVisible();
  const pdf = (await plaintextShown(step)).pdfSign as { docDigest: string; pdfSignature: string; cert: string };
  expect(pdf).toMatchObject({ docDigest: expect.any(String), pdfSignature: expect.any(String), cert: expect.any(String) });

  const certDer = der(pdf.cert);
  const cert = pkijs.Certificate.fromBER(certDer);
  const subject = cert.subject.typesAndValues.map((tv) => String(tv.value.valueBlock.value)).join(', ');
  expect(subject, 'certificate subject names the signer').toContain(enName.replace(/,/g, ''));

  const signed = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(der(pdf.pdfSignature)).content });
  const signer = signed.signerInfos[0];
  const digest = signer.signedAttrs?.attributes.find((a) => a.type === OID_MESSAGE_DIGEST)?.values[0] as asn1js.OctetString | undefined;
  expect(Buffer.from(digest?.valueBlock.valueHexView ?? []).toString('base64'), 'messageDigest = docDigest').toBe(
    Buffer.from(der(pdf.docDigest)).toString('base64'),
  );
  const embedded = (signed.certificates ?? []).map((c) => Buffer.from((c as pkijs.Certificate).toSchema().toBER()).toString('base64'));
  expect(embedded, 'the CMS carries the shown certificate').toContain(Buffer.from(certDer).toString('base64'));
}
