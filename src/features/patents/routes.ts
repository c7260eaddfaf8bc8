import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { problem, requestLanguage } from '../../platform/http/problem';
import type { ReferenceCatalog } from '../reference';
import { findPatentIdByNumber, getPatentDetail, updatePatentTags } from './service';

export interface PatentsDeps {
  db: Database;
  reference: ReferenceCatalog;
  /** Called after a write commits (the catalogue index catches up). */
  afterWrite: () => Promise<unknown>;
}

const titled = z.object({ code: z.string(), title: z.string().nullable() });

export const patentDetailSchema = z.object({
  id: z.number().int(),
  applicationNumber: z.string().nullable(),
  publicationNumber: z.string().nullable(),
  grantNumber: z.string().nullable(),
  type: z.string(),
  typeLabel: z.string(),
  pct: z.boolean(),
  title: z.string(),
  abstract: z.string().nullable(),
  firstClaim: z.string().nullable(),
  mainIpc: z.string().nullable(),
  ipcCodes: z.array(z.string()),
  ipc: z.array(
    z.object({
      code: z.string(),
      section: titled,
      class: titled,
      subclass: titled,
      mainGroup: titled.nullable(),
    }),
  ),
  cpcCodes: z.array(z.string()),
  applicants: z.array(z.string()),
  patentees: z.array(z.string()),
  inventors: z.array(z.string()),
  applicantType: z.string().nullable(),
  applicantTypeLabel: z.string().nullable(),
  address: z.string().nullable(),
  region: z
    .object({
      code: z.string(),
      provinceCode: z.string(),
      provinceName: z.string().nullable(),
      cityCode: z.string().nullable(),
      cityName: z.string().nullable(),
    })
    .nullable(),
  filingDate: z.string().nullable(),
  publicationDate: z.string().nullable(),
  grantDate: z.string().nullable(),
  expiryDate: z.string().nullable().describe('Last day of the statutory term (Patent Law Art. 42)'),
  legalStatus: z.string(),
  legalStatusLabel: z.string(),
  legalStatusRaw: z.string().nullable(),
  legalEvents: z.string().nullable(),
  feePaidUntil: z.string().nullable(),
  transferCount: z.number().int(),
  licenceCount: z.number().int(),
  pledgeCount: z.number().int(),
  transferDates: z.array(z.string()),
  licenceDates: z.array(z.string()),
  pledgeDates: z.array(z.string()),
  industries: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
  technicalEffects: z.array(z.string()),
  trl: z.number().int().nullable(),
  sei: z.array(
    z.object({
      code: z.string(),
      name: z.string().nullable(),
      domainCode: z.string(),
      domainName: z.string().nullable(),
    }),
  ),
  organisations: z.array(z.object({ id: z.number().int(), name: z.string(), kind: z.string() })),
  source: z.string(),
  updatedAt: z.string(),
});

const tagsBody = z
  .object({
    industryCodes: z.array(z.string().trim().min(1).max(10)).max(20).optional(),
    technicalEffects: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
    trl: z.number().int().min(1).max(9).nullable().optional(),
  })
  .strict();

export async function patentsRoutes(app: HttpServer, deps: PatentsDeps): Promise<void> {
  const { db, reference } = deps;
  const idParams = z.object({ id: z.coerce.number().int().positive() });

  app.get(
    '/patents/lookup',
    {
      schema: {
        tags: ['catalogue'],
        summary: '按号查询 Look a patent up by any number form',
        querystring: z.object({
          number: z.string().trim().min(1).max(40),
          lang: z.enum(['zh', 'en']).optional(),
        }),
        response: { 200: patentDetailSchema },
      },
    },
    async (request) => {
      const id = await findPatentIdByNumber(db, request.query.number);
      if (id === null) {
        throw problem.notFound({
          zh: `目录中没有号码为「${request.query.number}」的专利`,
          en: `No patent numbered "${request.query.number}" in the catalogue`,
        });
      }
      return getPatentDetail(db, reference, id, requestLanguage(request));
    },
  );

  app.get(
    '/patents/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: '专利详情 Patent detail',
        params: idParams,
        querystring: z.object({ lang: z.enum(['zh', 'en']).optional() }),
        response: { 200: patentDetailSchema },
      },
    },
    async (request) => getPatentDetail(db, reference, request.params.id, requestLanguage(request)),
  );

  app.patch(
    '/patents/:id/tags',
    {
      schema: {
        tags: ['catalogue'],
        summary: '标引 Set industry (GB/T 4754), technical effects and TRL',
        params: idParams,
        body: tagsBody,
        response: { 200: patentDetailSchema },
      },
    },
    async (request) => {
      await updatePatentTags(
        db,
        reference,
        request.actor,
        { ip: request.ip, id: request.id },
        request.params.id,
        request.body,
      );
      await deps.afterWrite();
      return getPatentDetail(db, reference, request.params.id, requestLanguage(request));
    },
  );
}
