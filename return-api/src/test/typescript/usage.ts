// A frontend's first steps with the client generated from /v1/openapi.json: signal a case, record an instrument
// (a reporting obligation) and read the person's entitlement. `./mvnw verify` generates the types and type-checks
// this file; a change to the API that breaks these calls breaks the build. The @ts-expect-error lines prove that
// the types are real: each must be a compile error, or tsc fails on the unused directive.
import createClient from "openapi-fetch";
import type { components, paths } from "../../../target/typescript/api";

type CaseStatus = components["schemas"]["CaseStatusResponse"];
type Entitlement = components["schemas"]["EntitlementAnswer"];

const api = createClient<paths>({
  baseUrl: "http://localhost:8080/v1",
  headers: { Authorization: "Bearer <token>" },
});

export async function signalRecordAndRead(alienId: string): Promise<Entitlement | undefined> {
  const signalled = await api.POST("/cases", {
    body: { alienId, source: "DTENV", signalledOn: "2026-05-01", reason: "uitgeprocedeerd" },
    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
  });
  if (!signalled.data) {
    const problem: components["schemas"]["Problem"] | undefined = signalled.error;
    throw new Error(problem?.detail ?? "not signalled");
  }
  const caseId: string | undefined = signalled.data.caseId;
  if (caseId === undefined) {
    throw new Error("no case id");
  }

  const recorded = await api.POST("/cases/{id}/reporting-obligations", {
    params: { path: { id: caseId }, header: { "If-Match": '"0"' } },
    body: { frequency: "WEEKLY", imposedOn: "2026-05-02" },
  });
  const eventType: string | undefined = recorded.data?.recorded;

  const status = await api.GET("/cases/{caseId}", { params: { path: { caseId } } });
  const measures: string[] | undefined = (status.data as CaseStatus | undefined)?.activeMeasures;

  const entitlement = await api.GET("/aliens/{alienId}/entitlement", {
    params: { path: { alienId }, query: { geldigOp: "2026-05-03" } },
  });
  const answer = entitlement.data?.entitlement;
  if (answer && answer.entitled === false) {
    const refusal: Entitlement["refusal"] = answer.refusal;
    console.log(eventType, measures, refusal, answer.explanation, answer.legalBasis);
  }
  return answer;
}

export async function whatTheTypesRefuse(caseId: string): Promise<void> {
  // @ts-expect-error a reporting obligation needs its frequency
  await api.POST("/cases/{id}/reporting-obligations", { params: { path: { id: caseId } }, body: { imposedOn: "2026-05-02" } });
  await api.POST("/cases/{id}/reporting-obligations", {
    params: { path: { id: caseId } },
    // @ts-expect-error HOURLY is not a reporting frequency
    body: { frequency: "HOURLY", imposedOn: "2026-05-02" },
  });
  // @ts-expect-error there is no such sub-resource
  await api.POST("/cases/{id}/teleportations", { params: { path: { id: caseId } }, body: {} });
  // @ts-expect-error a case is signalled with a source
  await api.POST("/cases", { body: { alienId: caseId, signalledOn: "2026-05-01" } });
}
