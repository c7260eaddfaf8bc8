/**
 * Compile-time contract between the web's hand-written response types and the server's OpenAPI document
 * (generated/openapi.ts, kept current by test/contract/apiTypes.test.ts). Each entry says: what the server
 * documents for this route is assignable to the type the page reads it as. A server change that drops or
 * renames a field, makes one nullable or changes its type fails `tsc -p web` here, naming the route, before
 * a page shows `undefined`. The second list is the other direction: every body the web sends must be what the
 * route documents it accepts (a renamed or newly required field fails here, not as a 400 in front of a user).
 * Nothing imports this file at run time.
 */
import type { ApiToken, accountsApi, Me, Organisation, User } from '../features/accounts/api';
import type { AuditEntry, ChainVerification } from '../features/audit/api';
import type { ImportSeries } from '../features/dashboard/api';
import type { Approval, Demand, DemandDetail, demandsApi, Region, Vocabulary } from '../features/demands/api';
import type { SeiTree } from '../features/demands/SeiPicker';
import type {
  AdHocMatches,
  DemandMatches,
  FeedbackView,
  MatchingStatus,
  matchingApi,
  ReverseMatches,
  SimilarPatents,
} from '../features/matching/api';
import type {
  AnnualFees,
  CheckResult,
  Declaration,
  DeclarationDetail,
  Licence,
  Message,
  openLicenceApi,
  PatentRecords,
  Uptake,
} from '../features/openLicence/api';
import type { Industry, PatentDetail, patentsApi, SearchResponse } from '../features/patents/api';
import type { importsApi } from '../features/patents/import/api';
import type { Delivery, NotificationPage, pushApi, Subscription, Webhook } from '../features/push/api';
import type { Overview } from '../features/stats/api';
import type { Page } from './client';
import type { paths } from './generated/openapi';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The documented JSON body of a route's success response (the lowest 2xx it documents). */
type Success<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonBody<R[200]>
    : 201 extends keyof R
      ? JsonBody<R[201]>
      : 202 extends keyof R
        ? JsonBody<R[202]>
        : never
  : never;
/** Compiles only when the server's type is assignable to the web's. */
type Reads<Web, Server extends Web> = [Web, Server];
/** The documented JSON request body of a route. */
type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** Compiles only when what the web sends is assignable to what the route accepts. */
type Sends<Server, Web extends Server> = [Server, Web];
/** What a web API function resolves to. */
type Resolves<F> = F extends (...args: never[]) => Promise<infer T> ? T : never;
/** The n-th parameter of a web API function. */
type Arg<F, N extends number> = F extends (...args: infer A) => unknown ? A[N] : never;

export type ApiContract = [
  // Catalogue
  Reads<SearchResponse, Success<'/api/v1/patents/search', 'get'>>,
  Reads<PatentDetail, Success<'/api/v1/patents/{id}', 'get'>>,
  Reads<PatentDetail, Success<'/api/v1/patents/lookup', 'get'>>,
  Reads<{ items: Industry[] }, Success<'/api/v1/reference/industries', 'get'>>,
  Reads<Page<Region>, Success<'/api/v1/reference/regions', 'get'>>,
  Reads<Overview, Success<'/api/v1/stats/overview', 'get'>>,
  Reads<SeiTree, Success<'/api/v1/reference/sei', 'get'>>,
  // Imports
  Reads<Resolves<typeof importsApi.start>, Success<'/api/v1/imports', 'post'>>,
  Reads<Resolves<typeof importsApi.list>, Success<'/api/v1/imports', 'get'>>,
  Reads<Resolves<typeof importsApi.get>, Success<'/api/v1/imports/{id}', 'get'>>,
  Reads<Resolves<typeof importsApi.rejected>, Success<'/api/v1/imports/{id}/rejected', 'get'>>,
  Reads<ImportSeries, Success<'/api/v1/dashboard/imports', 'get'>>,
  // Matching
  Reads<MatchingStatus, Success<'/api/v1/matching/status', 'get'>>,
  Reads<DemandMatches, Success<'/api/v1/demands/{id}/matches', 'get'>>,
  Reads<AdHocMatches, Success<'/api/v1/matching/query', 'post'>>,
  Reads<ReverseMatches, Success<'/api/v1/patents/{id}/matching-demands', 'get'>>,
  Reads<SimilarPatents, Success<'/api/v1/patents/{id}/similar', 'get'>>,
  Reads<FeedbackView, Success<'/api/v1/demands/{id}/matches/{patentId}/feedback', 'post'>>,
  // Demands
  Reads<Page<Demand>, Success<'/api/v1/demands', 'get'>>,
  Reads<Demand, Success<'/api/v1/demands', 'post'>>,
  Reads<DemandDetail, Success<'/api/v1/demands/{id}', 'get'>>,
  Reads<Demand, Success<'/api/v1/demands/{id}', 'put'>>,
  Reads<DemandDetail, Success<'/api/v1/demands/{id}/transitions', 'post'>>,
  Reads<Approval[], Success<'/api/v1/demands/{id}/approvals', 'get'>>,
  Reads<Vocabulary, Success<'/api/v1/demands/vocabulary', 'get'>>,
  // Open licence
  Reads<Page<Declaration>, Success<'/api/v1/open-licence/pool', 'get'>>,
  Reads<Page<Declaration>, Success<'/api/v1/open-licence/queue', 'get'>>,
  Reads<Page<Declaration>, Success<'/api/v1/open-licence/mine', 'get'>>,
  Reads<
    { patentId: number; declaration: Declaration | null },
    Success<'/api/v1/open-licence/patents/{id}/declaration', 'get'>
  >,
  Reads<DeclarationDetail, Success<'/api/v1/open-licence/declarations/{id}', 'get'>>,
  Reads<CheckResult, Success<'/api/v1/open-licence/check', 'post'>>,
  Reads<DeclarationDetail, Success<'/api/v1/open-licence/declarations/{id}/verify', 'post'>>,
  Reads<Uptake, Success<'/api/v1/open-licence/declarations/{id}/uptakes', 'post'>>,
  Reads<Page<Licence> & { uptakes: Uptake[] }, Success<'/api/v1/open-licence/licences', 'get'>>,
  Reads<PatentRecords, Success<'/api/v1/open-licence/patents/{id}/records', 'get'>>,
  Reads<AnnualFees, Success<'/api/v1/open-licence/patents/{id}/annual-fees', 'get'>>,
  Reads<Message[], Success<'/api/v1/open-licence/messages', 'get'>>,
  // Push
  Reads<Subscription[], Success<'/api/v1/subscriptions', 'get'>>,
  Reads<Subscription, Success<'/api/v1/subscriptions', 'post'>>,
  Reads<NotificationPage, Success<'/api/v1/notifications', 'get'>>,
  Reads<Webhook[], Success<'/api/v1/webhooks', 'get'>>,
  Reads<Delivery[], Success<'/api/v1/webhooks/{id}/deliveries', 'get'>>,
  // Accounts and audit
  Reads<Me, Success<'/api/v1/auth/me', 'get'>>,
  Reads<{ me: Me | null }, Success<'/api/v1/auth/session', 'get'>>,
  Reads<Page<User>, Success<'/api/v1/users', 'get'>>,
  Reads<User, Success<'/api/v1/users/{id}', 'patch'>>,
  Reads<Page<Organisation>, Success<'/api/v1/organisations', 'get'>>,
  Reads<Organisation, Success<'/api/v1/organisations/{id}', 'get'>>,
  Reads<{ items: ApiToken[] }, Success<'/api/v1/tokens', 'get'>>,
  Reads<Page<AuditEntry>, Success<'/api/v1/audit', 'get'>>,
  Reads<ChainVerification, Success<'/api/v1/audit/verify', 'get'>>,
];

export type ApiRequestContract = [
  Sends<Body<'/api/v1/patents/{id}/tags', 'patch'>, Arg<typeof patentsApi.updateTags, 1>>,
  Sends<Body<'/api/v1/matching/query', 'post'>, Arg<typeof matchingApi.query, 0>>,
  Sends<
    Body<'/api/v1/demands/{id}/matches/{patentId}/feedback', 'post'>,
    Arg<typeof matchingApi.feedback, 2>
  >,
  Sends<Body<'/api/v1/demands', 'post'>, Arg<typeof demandsApi.create, 0>>,
  Sends<Body<'/api/v1/demands/{id}', 'put'>, Arg<typeof demandsApi.replace, 1>>,
  Sends<Body<'/api/v1/demands/{id}/transitions', 'post'>, Arg<typeof demandsApi.transition, 1>>,
  Sends<Body<'/api/v1/open-licence/check', 'post'>, Arg<typeof openLicenceApi.check, 0>>,
  Sends<Body<'/api/v1/open-licence/declarations', 'post'>, Arg<typeof openLicenceApi.create, 0>>,
  Sends<Body<'/api/v1/open-licence/uptakes/{id}/payments', 'post'>, Arg<typeof openLicenceApi.pay, 1>>,
  Sends<Body<'/api/v1/open-licence/licences/{id}/filing', 'patch'>, Arg<typeof openLicenceApi.filing, 1>>,
  Sends<Body<'/api/v1/subscriptions', 'post'>, Arg<typeof pushApi.subscribe, 0>>,
  Sends<Body<'/api/v1/subscriptions/{id}', 'patch'>, Arg<typeof pushApi.change, 1>>,
  Sends<Body<'/api/v1/organisations', 'post'>, Arg<typeof accountsApi.createOrganisation, 0>>,
  Sends<Body<'/api/v1/users', 'post'>, Arg<typeof accountsApi.createUser, 0>>,
  Sends<Body<'/api/v1/users/{id}', 'patch'>, Arg<typeof accountsApi.updateUser, 1>>,
  Sends<Body<'/api/v1/tokens', 'post'>, Arg<typeof accountsApi.createToken, 0>>,
];
