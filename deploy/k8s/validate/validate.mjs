// Validates the kustomize base against the Kubernetes API schemas (issue 14), without a cluster or a kustomize
// binary: reads kustomization.yaml, applies its labels to each resource as kustomize would, validates every object
// with the schema of its apiVersion and kind (kubernetes-models, additional properties refused), and checks what
// the runbook promises: 2 replicas, probes on the health groups, a 512 MB heap within the memory limit, a PDB and a
// Service that select the pods, configuration and secrets by environment.
// Usage: node validate.mjs [path to the kustomization directory]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";

const base = resolve(process.argv[2] ?? "../base");
const failures = [];
const check = (condition, message) => { if (!condition) failures.push(message); };

const kustomization = parseAllDocuments(readFileSync(join(base, "kustomization.yaml"), "utf8"))[0].toJS();
const labels = Object.assign({}, ...(kustomization.labels ?? []).map((l) => l.pairs));
const objects = [];
for (const file of kustomization.resources) {
  for (const doc of parseAllDocuments(readFileSync(join(base, file), "utf8"))) {
    if (doc.errors.length) { failures.push(`${file}: ${doc.errors[0].message}`); continue; }
    const object = doc.toJS();
    if (!object) continue;
    object.metadata = { ...object.metadata, labels: { ...(object.metadata?.labels ?? {}), ...labels } };
    objects.push({ file, object });
  }
}

const modules = {
  "apps/v1/Deployment": "kubernetes-models/apps/v1/Deployment",
  "v1/Service": "kubernetes-models/v1/Service",
  "v1/ConfigMap": "kubernetes-models/v1/ConfigMap",
  "policy/v1/PodDisruptionBudget": "kubernetes-models/policy/v1/PodDisruptionBudget",
};
for (const { file, object } of objects) {
  const key = `${object.apiVersion}/${object.kind}`;
  if (!modules[key]) { failures.push(`${file}: no schema known for ${key}`); continue; }
  const model = await import(modules[key]);
  const Kind = model[object.kind];
  try {
    new Kind(object).validate();
  } catch (error) {
    failures.push(`${file} (${key}): ${error.message}`);
  }
}

const byKind = (kind) => objects.map((o) => o.object).filter((o) => o.kind === kind);
const [deployment] = byKind("Deployment");
const [service] = byKind("Service");
const [pdb] = byKind("PodDisruptionBudget");
check(deployment, "a Deployment");
check(service, "a Service");
check(pdb, "a PodDisruptionBudget");
if (deployment) {
  const podLabels = deployment.spec.template.metadata.labels;
  const selects = (selector) => Object.entries(selector).every(([k, v]) => podLabels[k] === v);
  check(deployment.spec.replicas === 2, "the Deployment runs 2 replicas");
  const container = deployment.spec.template.spec.containers[0];
  check(container.readinessProbe?.httpGet?.path === "/actuator/health/readiness", "readiness on the readiness group");
  check(container.livenessProbe?.httpGet?.path === "/actuator/health/liveness", "liveness on the liveness group");
  check(container.readinessProbe?.httpGet?.port === "management", "probes on the management port");
  check(container.envFrom?.some((e) => e.secretRef), "secrets by environment (envFrom secretRef)");
  check(container.envFrom?.some((e) => e.configMapRef), "configuration by environment (envFrom configMapRef)");
  const limit = container.resources?.limits?.memory ?? "";
  const mib = limit.endsWith("Gi") ? parseFloat(limit) * 1024 : parseFloat(limit);
  const config = byKind("ConfigMap")[0]?.data ?? {};
  check(/-Xmx512m/.test(config.JAVA_TOOL_OPTIONS ?? ""), "the heap is 512 MB (JAVA_TOOL_OPTIONS)");
  check(mib >= 768, "the memory limit leaves room beside the 512 MB heap");
  check(service && selects(service.spec.selector), "the Service selects the pods");
  check(pdb && selects(pdb.spec.selector.matchLabels), "the PodDisruptionBudget selects the pods");
  check(pdb && (pdb.spec.minAvailable === 1 || pdb.spec.maxUnavailable === 1), "the PDB keeps one replica up");
}

if (failures.length) {
  console.error(`deploy/k8s: ${failures.length} problem(s)`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`deploy/k8s: ${objects.length} objects valid against the Kubernetes schemas`);
