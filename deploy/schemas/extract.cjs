// Writes kubernetes-1.22-keda-2.10.json: the JSON schemas the manifests of deploy/kubernetes are checked
// against (KubernetesManifestsTests), taken from the npm packages that publish them as plain JSON schema:
//   kubernetes-models@3.1.0        Kubernetes 1.22, generated from its OpenAPI document
//   @kubernetes-models/keda@0.3.1  KEDA 2.10.1, the openAPIV3Schema of its CRDs
// (later versions ship only compiled validators). To regenerate:
//   cd "$(mktemp -d)" && npm install kubernetes-models@3.1.0 @kubernetes-models/keda@0.3.1 \
//     && node <repo>/deploy/schemas/extract.cjs > <repo>/deploy/schemas/kubernetes-1.22-keda-2.10.json
const path = require("path");
const root = process.cwd();
const definitions = {};
// each package keeps its own copy of the validation library: catch what either registers
const capture = (id, schema) => { definitions[id] = schema; };
require(path.join(root, "node_modules/@kubernetes-models/validate")).register = capture;
require(path.join(root, "node_modules/kubernetes-models/node_modules/@kubernetes-models/validate/dist/ajv.js")).register = capture;
const kinds = {
  "io.k8s.api.core.v1.Namespace": "kubernetes-models/_schemas/IoK8sApiCoreV1Namespace",
  "io.k8s.api.core.v1.ConfigMap": "kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap",
  "io.k8s.api.core.v1.Secret": "kubernetes-models/_schemas/IoK8sApiCoreV1Secret",
  "io.k8s.api.core.v1.Service": "kubernetes-models/_schemas/IoK8sApiCoreV1Service",
  "io.k8s.api.core.v1.ServiceAccount": "kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount",
  "io.k8s.api.apps.v1.Deployment": "kubernetes-models/_schemas/IoK8sApiAppsV1Deployment",
  "io.k8s.api.policy.v1.PodDisruptionBudget": "kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget",
};
for (const module of Object.values(kinds)) {
  require(path.join(root, "node_modules", module)).addSchema();
}
for (const kind of ["ScaledObject", "TriggerAuthentication"]) {
  const Model = require(path.join(root, "node_modules/@kubernetes-models/keda/keda.sh/v1alpha1", kind))[kind];
  try { new Model({ metadata: { name: "x" } }).validate(); } catch (e) { /* registered before validating */ }
}
// "x#" references become references into this one document
const bundle = JSON.parse(JSON.stringify(definitions, (key, value) =>
  key === "$ref" && typeof value === "string" && value.endsWith("#") ? "#/definitions/" + value.slice(0, -1) : value));
const sorted = {};
Object.keys(bundle).sort().forEach(k => { sorted[k] = bundle[k]; });
process.stdout.write(JSON.stringify({
  $comment: "Kubernetes 1.22 (kubernetes-models@3.1.0) and KEDA 2.10.1 (@kubernetes-models/keda@0.3.1) schemas; see extract.cjs",
  definitions: sorted,
}, null, 1) + "\n");
