#!/usr/bin/env node
// Offline checks of the deployment files, run by scripts/validate-deployment.sh.
//
//   node validate-manifests.mjs k8s <rendered.yaml> [--readme k8s/README.md] [--topics Topics.java]
//       Validates every built-in kind with kubernetes-models (types and required fields), checks the
//       custom resources (Strimzi, ECK) for their essential fields, then cross-checks the manifests:
//       references between objects resolve, probes and metrics point at the Quarkus endpoints,
//       pods are hardened, no Secret is inlined.
//   node validate-manifests.mjs compose <docker-compose.yml> [--resolved config.yaml]
//       Checks health checks and start order, secrets from the environment, and the Dockerfiles the
//       compose file builds from.
//   node validate-manifests.mjs compose-local <resolved docker-compose.yml + docker-compose.local.yml>
//       Checks host networking, local images and health checks of the local stack.
//
// Prints one line per check group; exits 1 listing every problem found.

import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";

const problems = [];
const warnings = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);
const id = (o) => `${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;

function readYamlDocs(file) {
  const docs = parseAllDocuments(fs.readFileSync(file, "utf8"), { merge: true });
  const out = [];
  for (const d of docs) {
    if (d.errors.length) {
      for (const e of d.errors) fail(file, `YAML: ${e.message}`);
      continue;
    }
    const js = d.toJS();
    if (js !== null && js !== undefined) out.push(js);
  }
  return out;
}

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HEALTH = new Set(["/q/health/live", "/q/health/ready", "/q/health/started"]);

// ---------------------------------------------------------------------------------------------
// Kubernetes
// ---------------------------------------------------------------------------------------------

function isBuiltInGroup(apiVersion) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  return !group.includes(".") || group.endsWith(".k8s.io");
}

async function validateBuiltIn(o) {
  let mod;
  try {
    mod = await import(`kubernetes-models/${o.apiVersion}`);
  } catch {
    fail(id(o), `unknown built-in apiVersion ${o.apiVersion}`);
    return;
  }
  const Model = mod[o.kind];
  if (typeof Model !== "function") {
    fail(id(o), `kind ${o.kind} does not exist in ${o.apiVersion}`);
    return;
  }
  try {
    new Model(o).validate();
  } catch (e) {
    fail(id(o), `schema: ${e.message}`);
  }
}

const int = (v) => Number.isInteger(v);

// Essential fields of the custom resources used here (their operators' CRDs are not available
// offline): enough to catch a missing or mistyped field that would make the operator reject them.
const CRD_CHECKS = {
  "kafka.strimzi.io/v1beta2/Kafka": (o, f) => {
    const l = o.spec?.kafka?.listeners;
    if (!Array.isArray(l) || l.length === 0) f("spec.kafka.listeners must be a non-empty list");
    else for (const x of l) {
      if (!x.name || !int(x.port) || !["internal", "route", "loadbalancer", "nodeport", "ingress", "cluster-ip"].includes(x.type) || typeof x.tls !== "boolean")
        f(`listener ${JSON.stringify(x)} needs name, integer port, a known type and boolean tls`);
    }
    if (o.spec?.zookeeper) f("spec.zookeeper: this cluster is KRaft-only");
  },
  "kafka.strimzi.io/v1beta2/KafkaNodePool": (o, f) => {
    if (!o.metadata?.labels?.["strimzi.io/cluster"]) f("label strimzi.io/cluster is required");
    if (!int(o.spec?.replicas) || o.spec.replicas < 1) f("spec.replicas must be an integer >= 1");
    const roles = o.spec?.roles;
    if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => !["controller", "broker"].includes(r)))
      f("spec.roles must list controller and/or broker");
    if (!["jbod", "persistent-claim", "ephemeral"].includes(o.spec?.storage?.type)) f("spec.storage.type must be jbod, persistent-claim or ephemeral");
  },
  "kafka.strimzi.io/v1beta2/KafkaTopic": (o, f) => {
    if (!o.metadata?.labels?.["strimzi.io/cluster"]) f("label strimzi.io/cluster is required");
    if (!int(o.spec?.partitions) || o.spec.partitions < 1) f("spec.partitions must be an integer >= 1");
    if (!int(o.spec?.replicas) || o.spec.replicas < 1) f("spec.replicas must be an integer >= 1");
    for (const [k, v] of Object.entries(o.spec?.config ?? {}))
      if (typeof v === "object") f(`spec.config.${k} must be a scalar`);
    const isr = o.spec?.config?.["min.insync.replicas"];
    if (isr !== undefined && isr > o.spec.replicas) f(`min.insync.replicas ${isr} > replicas ${o.spec.replicas}: producers with acks=all would always fail`);
  },
  "elasticsearch.k8s.elastic.co/v1/Elasticsearch": (o, f) => {
    if (!/^8\.19\.\d+$/.test(String(o.spec?.version))) f(`spec.version must be 8.19.x (the Java client is 8.19), got ${o.spec?.version}`);
    const ns = o.spec?.nodeSets;
    if (!Array.isArray(ns) || ns.length === 0) f("spec.nodeSets must be a non-empty list");
    else for (const n of ns) if (!n.name || !int(n.count) || n.count < 1) f(`nodeSet ${n.name ?? "?"} needs a name and an integer count >= 1`);
  },
};

function matches(selector, labels) {
  return selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

function checkDeployment(d, all) {
  const where = id(d);
  const tpl = d.spec?.template ?? {};
  const pod = tpl.spec ?? {};
  if (!matches(d.spec?.selector?.matchLabels, tpl.metadata?.labels)) fail(where, "spec.selector.matchLabels must match the pod template labels");
  if (pod.securityContext?.runAsNonRoot !== true) fail(where, "pod securityContext.runAsNonRoot must be true");
  const ann = tpl.metadata?.annotations ?? {};
  if (ann["prometheus.io/scrape"] !== "true" || ann["prometheus.io/path"] !== "/q/metrics") fail(where, "pod template needs prometheus.io/scrape \"true\" and prometheus.io/path /q/metrics");
  const hpa = all.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec?.scaleTargetRef?.kind === "Deployment" && o.spec.scaleTargetRef.name === d.metadata.name);
  if (!hpa) fail(where, "no HorizontalPodAutoscaler targets it");
  else if (d.spec?.replicas !== undefined) warn(where, "spec.replicas is set although an HPA owns the replica count (each apply resets it)");
  if (!all.some((o) => o.kind === "PodDisruptionBudget" && matches(o.spec?.selector?.matchLabels, tpl.metadata?.labels))) fail(where, "no PodDisruptionBudget selects its pods");
  const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
  for (const c of pod.containers ?? []) {
    const cw = `${where} container ${c.name}`;
    const ports = new Map((c.ports ?? []).map((p) => [p.name, p.containerPort]));
    const portNumbers = new Set((c.ports ?? []).map((p) => p.containerPort));
    if (ann["prometheus.io/port"] && !portNumbers.has(Number(ann["prometheus.io/port"]))) fail(cw, `prometheus.io/port ${ann["prometheus.io/port"]} is not a container port`);
    for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
      const p = c[probe];
      if (!p) { fail(cw, `${probe} is missing`); continue; }
      const g = p.httpGet;
      if (!g || !HEALTH.has(g.path)) { fail(cw, `${probe} must be an httpGet on a Quarkus health endpoint (${[...HEALTH].join(", ")})`); continue; }
      if (typeof g.port === "string" ? !ports.has(g.port) : !portNumbers.has(g.port)) fail(cw, `${probe} port ${g.port} is not a container port`);
    }
    if (c.livenessProbe?.httpGet?.path !== "/q/health/live") fail(cw, "livenessProbe must use /q/health/live");
    if (c.readinessProbe?.httpGet?.path !== "/q/health/ready") fail(cw, "readinessProbe must use /q/health/ready");
    for (const kind of ["requests", "limits"]) for (const r of ["cpu", "memory"])
      if (!c.resources?.[kind]?.[r]) fail(cw, `resources.${kind}.${r} is missing`);
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) fail(cw, "securityContext.readOnlyRootFilesystem must be true");
    if (sc.allowPrivilegeEscalation !== false) fail(cw, "securityContext.allowPrivilegeEscalation must be false");
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(cw, "securityContext.capabilities.drop must include ALL");
    const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
    if (!tmp || !volumes.get(tmp.name)?.emptyDir) fail(cw, "a read-only root filesystem needs an emptyDir mounted at /tmp");
    for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) fail(cw, `volumeMount ${m.name} has no volume`);
    const fromMaps = (c.envFrom ?? []).some((e) => all.find((o) => o.kind === "ConfigMap" && o.metadata?.name === e.configMapRef?.name)?.data?.JAVA_OPTS);
    if (!(c.env ?? []).some((e) => e.name === "JAVA_OPTS") && !fromMaps) warn(cw, "no JAVA_OPTS: the image default heap share applies");
  }
}

function collectRefs(pod) {
  const configMaps = new Set();
  const secrets = new Set();
  for (const c of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
    for (const ef of c.envFrom ?? []) {
      if (ef.configMapRef) configMaps.add(ef.configMapRef.name);
      if (ef.secretRef) secrets.add(ef.secretRef.name);
    }
    for (const e of c.env ?? []) {
      if (e.valueFrom?.configMapKeyRef) configMaps.add(e.valueFrom.configMapKeyRef.name);
      if (e.valueFrom?.secretKeyRef) secrets.add(e.valueFrom.secretKeyRef.name);
    }
  }
  for (const v of pod.volumes ?? []) {
    if (v.configMap) configMaps.add(v.configMap.name);
    if (v.secret) secrets.add(v.secret.secretName);
  }
  return { configMaps, secrets };
}

async function checkK8s(file, args) {
  const all = readYamlDocs(file);
  if (all.length === 0) fail(file, "no manifests rendered");
  const counts = {};
  const seen = new Set();
  let builtIn = 0;
  let custom = 0;
  for (const o of all) {
    counts[o.kind] = (counts[o.kind] ?? 0) + 1;
    if (typeof o.apiVersion !== "string" || typeof o.kind !== "string" || typeof o.metadata?.name !== "string") {
      fail(id(o), "apiVersion, kind and metadata.name are required");
      continue;
    }
    if (!DNS1123.test(o.metadata.name) || o.metadata.name.length > 253) fail(id(o), "metadata.name is not a valid DNS-1123 name");
    const key = `${o.apiVersion.split("/")[0]}/${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
    if (seen.has(key)) fail(id(o), "defined twice");
    seen.add(key);
    if (isBuiltInGroup(o.apiVersion)) {
      builtIn++;
      await validateBuiltIn(o);
    } else {
      custom++;
      const check = CRD_CHECKS[`${o.apiVersion}/${o.kind}`];
      if (check) check(o, (m) => fail(id(o), m));
      else warn(id(o), `custom resource ${o.apiVersion} ${o.kind}: only apiVersion, kind and metadata.name checked`);
    }
  }
  console.log(`  schema: ${builtIn} built-in objects validated with kubernetes-models, ${custom} custom resources checked (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")})`);

  // Secrets are created out of band, never rendered from the repository.
  for (const s of all.filter((o) => o.kind === "Secret")) fail(id(s), "a Secret is inlined in the manifests: reference it instead and document how to create it");

  const of = (kind) => all.filter((o) => o.kind === kind);
  const deployments = of("Deployment");
  for (const d of deployments) checkDeployment(d, all);

  // References between objects.
  const configMapNames = new Set(of("ConfigMap").map((c) => c.metadata.name));
  const secretRefs = new Set();
  for (const d of deployments) {
    const { configMaps, secrets } = collectRefs(d.spec?.template?.spec ?? {});
    for (const cm of configMaps) if (!configMapNames.has(cm)) fail(id(d), `references ConfigMap ${cm}, which is not in the manifests`);
    // The port Quarkus listens on (QUARKUS_HTTP_PORT from the container's ConfigMaps) is the container port.
    for (const c of d.spec?.template?.spec?.containers ?? []) {
      const fromMaps = (c.envFrom ?? []).map((e) => of("ConfigMap").find((m) => m.metadata.name === e.configMapRef?.name)?.data?.QUARKUS_HTTP_PORT).filter(Boolean);
      const direct = (c.env ?? []).find((e) => e.name === "QUARKUS_HTTP_PORT")?.value;
      const port = direct ?? fromMaps.at(-1);
      if (port !== undefined && !(c.ports ?? []).some((p) => p.containerPort === Number(port)))
        fail(`${id(d)} container ${c.name}`, `QUARKUS_HTTP_PORT ${port} is not one of its container ports`);
    }
    for (const s of secrets) secretRefs.add(s);
    const sa = d.spec?.template?.spec?.serviceAccountName;
    if (sa && !of("ServiceAccount").some((o) => o.metadata.name === sa)) fail(id(d), `ServiceAccount ${sa} is not in the manifests`);
  }
  for (const svc of of("Service")) {
    const target = deployments.find((d) => matches(svc.spec?.selector, d.spec?.template?.metadata?.labels));
    if (!target) { fail(id(svc), "its selector matches no Deployment's pods"); continue; }
    const cports = (target.spec.template.spec.containers ?? []).flatMap((c) => c.ports ?? []);
    for (const p of svc.spec.ports ?? []) {
      const t = p.targetPort ?? p.port;
      if (!cports.some((cp) => (typeof t === "string" ? cp.name === t : cp.containerPort === t))) fail(id(svc), `targetPort ${t} is not a port of ${id(target)}`);
    }
  }
  for (const h of of("HorizontalPodAutoscaler")) {
    const ref = h.spec?.scaleTargetRef;
    if (!all.some((o) => o.kind === ref?.kind && o.metadata.name === ref?.name)) fail(id(h), `scaleTargetRef ${ref?.kind}/${ref?.name} is not in the manifests`);
    if ((h.spec?.minReplicas ?? 1) > h.spec?.maxReplicas) fail(id(h), "minReplicas > maxReplicas");
    const pdb = of("PodDisruptionBudget").find((p) => deployments.some((d) => d.metadata.name === ref?.name && matches(p.spec?.selector?.matchLabels, d.spec.template.metadata.labels)));
    if (pdb && int(pdb.spec?.minAvailable) && pdb.spec.minAvailable >= (h.spec?.minReplicas ?? 1))
      fail(id(pdb), `minAvailable ${pdb.spec.minAvailable} >= the HPA's minReplicas ${h.spec?.minReplicas ?? 1}: it would block every node drain`);
  }
  for (const p of of("PodDisruptionBudget"))
    if (!deployments.some((d) => matches(p.spec?.selector?.matchLabels, d.spec.template.metadata.labels))) fail(id(p), "its selector matches no Deployment's pods");

  // Strimzi and ECK wiring: topics and pools belong to a Kafka in the manifests; the services' config
  // points at the Services the operators create for them.
  const kafkas = of("Kafka").map((k) => k.metadata.name);
  const brokers = new Map();
  for (const np of of("KafkaNodePool")) {
    const c = np.metadata.labels?.["strimzi.io/cluster"];
    if (!kafkas.includes(c)) fail(id(np), `strimzi.io/cluster ${c} is not a Kafka in the manifests`);
    if ((np.spec?.roles ?? []).includes("broker")) brokers.set(c, (brokers.get(c) ?? 0) + (np.spec?.replicas ?? 0));
  }
  for (const k of of("Kafka")) {
    const n = brokers.get(k.metadata.name) ?? 0;
    if (n === 0) fail(id(k), "no KafkaNodePool with the broker role");
    const cfg = k.spec?.kafka?.config ?? {};
    for (const key of ["default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor", "min.insync.replicas"])
      if (cfg[key] !== undefined && cfg[key] > n) fail(id(k), `${key} ${cfg[key]} > ${n} broker(s)`);
  }
  for (const t of of("KafkaTopic")) {
    const c = t.metadata.labels?.["strimzi.io/cluster"];
    if (!kafkas.includes(c)) fail(id(t), `strimzi.io/cluster ${c} is not a Kafka in the manifests`);
    else if (t.spec?.replicas > (brokers.get(c) ?? 0)) fail(id(t), `replicas ${t.spec.replicas} > ${brokers.get(c) ?? 0} broker(s)`);
  }
  const topicNames = new Set(of("KafkaTopic").map((t) => t.spec?.topicName ?? t.metadata.name));
  const esNames = of("Elasticsearch").map((e) => e.metadata.name);
  for (const cm of of("ConfigMap")) {
    const data = cm.data ?? {};
    const kafka = data.KAFKA_BOOTSTRAP_SERVERS;
    if (kafka !== undefined) {
      const host = kafka.split(",")[0].split(":")[0].split(".")[0];
      if (!kafkas.some((k) => host === `${k}-kafka-bootstrap`)) fail(id(cm), `KAFKA_BOOTSTRAP_SERVERS ${kafka} is not the bootstrap Service of a Kafka in the manifests`);
    }
    const es = data.QUARKUS_ELASTICSEARCH_HOSTS;
    if (es !== undefined) {
      const host = es.split(",")[0].split(":")[0].split(".")[0];
      if (!esNames.some((e) => host === `${e}-es-http`)) fail(id(cm), `QUARKUS_ELASTICSEARCH_HOSTS ${es} is not the HTTP Service of an Elasticsearch in the manifests`);
    }
  }
  for (const s of secretRefs) {
    const eck = esNames.find((e) => s === `${e}-es-elastic-user`);
    if (eck) continue; // generated by ECK for the Elasticsearch resource
    const readme = argValue(args, "--readme");
    if (readme && !fs.readFileSync(readme, "utf8").includes(s)) fail(readme, `Secret ${s} is referenced by the manifests but the README does not say how to create it`);
  }
  console.log(`  references checked: ConfigMaps, ServiceAccounts, Services, HPAs, PDBs, Kafka pools/topics, service endpoints; Secrets to create beforehand: ${[...secretRefs].sort().join(", ") || "none"}`);

  // Topic names of the event contracts (common module) should all exist as KafkaTopics.
  const topicsJava = argValue(args, "--topics");
  if (topicsJava && fs.existsSync(topicsJava)) {
    const declared = [...fs.readFileSync(topicsJava, "utf8").matchAll(/static\s+final\s+String\s+\w+\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
    for (const t of declared) if (!topicNames.has(t)) warn(topicsJava, `topic ${t} has no KafkaTopic in k8s (auto-creation is off)`);
    console.log(`  topics: KafkaTopics [${[...topicNames].join(", ")}]; contracts declare [${declared.join(", ")}]`);
  }
}

// ---------------------------------------------------------------------------------------------
// docker compose
// ---------------------------------------------------------------------------------------------

function checkDockerfile(file, where) {
  if (!fs.existsSync(file)) { fail(where, `Dockerfile ${file} does not exist`); return; }
  const text = fs.readFileSync(file, "utf8");
  const users = [...text.matchAll(/^\s*USER\s+(\S+)/gm)].map((m) => m[1]);
  const user = users.at(-1);
  if (!user || !/^[1-9]\d*(:\d+)?$/.test(user)) fail(file, `must end with a numeric non-root USER (got ${user ?? "none"}) so that runAsNonRoot can be verified`);
  if (file.endsWith("Dockerfile.jvm")) {
    for (const part of ["target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/", "target/quarkus-app/*.jar"])
      if (!text.includes(part)) fail(file, `does not copy ${part} (Quarkus fast-jar layout)`);
    // Port and JVM options come from the service's runtime.env (their one source), started by run-java.sh.
    if (!/COPY\s.*runtime\.env\s+\/deployments\/runtime\.env/.test(text)) fail(file, "does not copy the service's runtime.env (port, JVM options) to /deployments/runtime.env");
    const script = path.join(path.dirname(file), "run-java.sh");
    if (!fs.existsSync(script)) fail(file, "run-java.sh, which starts the service, is not beside it");
    else {
      const run = fs.readFileSync(script, "utf8");
      if (!/quarkus-run\.jar/.test(run)) fail(script, "does not run quarkus-run.jar");
      if (!/\$JAVA_OPTS/.test(run) || !/runtime\.env/.test(run)) fail(script, "does not start java with JAVA_OPTS from runtime.env");
    }
  } else if (!/target\/\*-runner/.test(text)) fail(file, "does not copy the native executable target/*-runner");
}

function checkCompose(file, args) {
  const [raw] = readYamlDocs(file);
  const resolvedFile = argValue(args, "--resolved");
  const cfg = resolvedFile ? readYamlDocs(resolvedFile)[0] : raw;
  if (!raw?.services) { fail(file, "no services"); return; }
  const services = cfg.services ?? {};
  const names = Object.keys(services);
  const oneShot = (s) => s.restart === "no" || s.restart === false;
  for (const [name, s] of Object.entries(services)) {
    const where = `${file} service ${name}`;
    if (!oneShot(s) && !s.healthcheck?.test) fail(where, "a long-running service needs a healthcheck");
    if (s.read_only === true) {
      const tmp = [].concat(s.tmpfs ?? []).some((x) => String(x).split(":")[0] === "/tmp")
        || (s.volumes ?? []).some((v) => (typeof v === "object" ? v.target : String(v).split(":")[1]) === "/tmp");
      if (!tmp) fail(where, "read_only: true needs a writable /tmp (tmpfs or volume) for the JVM and Vert.x");
    }
    const deps = s.depends_on ?? {};
    for (const [dep, spec] of Array.isArray(deps) ? deps.map((d) => [d, {}]) : Object.entries(deps)) {
      if (!names.includes(dep)) { fail(where, `depends_on ${dep}, which does not exist`); continue; }
      const cond = spec?.condition;
      if (cond === "service_healthy" && !services[dep].healthcheck?.test) fail(where, `waits for ${dep} to be healthy but ${dep} has no healthcheck`);
      else if (cond === "service_completed_successfully" && !oneShot(services[dep])) fail(where, `waits for ${dep} to complete but ${dep} is restarted`);
      else if (!["service_healthy", "service_completed_successfully"].includes(cond)) fail(where, `depends_on ${dep} should wait with condition service_healthy (got ${cond ?? "none"})`);
    }
    if (s.build) {
      const ctx = typeof s.build === "string" ? s.build : s.build.context;
      const df = path.resolve(path.dirname(file), ctx, s.build.dockerfile ?? "Dockerfile");
      checkDockerfile(df, where);
      // One Dockerfile.jvm for every service (build arg SERVICE); each module keeps its Dockerfile.native.
      const service = s.build.args?.SERVICE;
      if (!service) fail(where, "build.args.SERVICE (the module the shared Dockerfile.jvm packages) is not set");
      else checkDockerfile(path.resolve(path.dirname(file), ctx, service, "src/main/docker/Dockerfile.native"), where);
      // Port and JVM options: the service's runtime.env, read by compose (env_file), Kubernetes and the image.
      const runtimeEnv = service && path.resolve(path.dirname(file), ctx, "k8s/base/services", `${service}.runtime.env`);
      const rawFiles = [].concat(raw.services[name]?.env_file ?? []).map((f) => path.resolve(path.dirname(file), typeof f === "object" ? f.path : f));
      if (runtimeEnv && !rawFiles.includes(runtimeEnv)) fail(where, `env_file should be ${path.relative(path.dirname(file), runtimeEnv)} (port and JVM options, shared with Kubernetes and the image)`);
      for (const k of ["JAVA_OPTS", "MALLOC_ARENA_MAX"]) if ((raw.services[name]?.environment ?? {})[k] !== undefined) fail(where, `${k} is set in environment: it belongs in the runtime.env, its one source`);
      const env = s.environment ?? {};
      const envMap = Array.isArray(env) ? Object.fromEntries(env.map((e) => e.split(/=(.*)/s).slice(0, 2))) : env;
      if (envMap.KAFKA_BOOTSTRAP_SERVERS === undefined) fail(where, "KAFKA_BOOTSTRAP_SERVERS is not set");
      // The port Quarkus listens on is the one the image exposes, the health check probes and compose publishes.
      const fileEnv = runtimeEnv && fs.existsSync(runtimeEnv) ? Object.fromEntries(fs.readFileSync(runtimeEnv, "utf8").split("\n").filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split(/=(.*)/s).slice(0, 2))) : {};
      const port = String(envMap.QUARKUS_HTTP_PORT ?? fileEnv.QUARKUS_HTTP_PORT ?? "");
      if (!port) fail(where, "QUARKUS_HTTP_PORT is not set");
      else {
        const runtimePort = runtimeEnv && fs.existsSync(runtimeEnv) ? fs.readFileSync(runtimeEnv, "utf8").match(/^QUARKUS_HTTP_PORT=(\d+)\s*$/m)?.[1] : undefined;
        if (runtimePort !== port) fail(where, `QUARKUS_HTTP_PORT ${port} is not the port of its runtime.env (${runtimePort ?? "none"}), which the image runs with`);
        const test = [].concat(s.healthcheck?.test ?? []).join(" ");
        if (!test.includes(`/${port}`) && !test.includes(`:${port}`)) fail(where, `its healthcheck does not probe port ${port}`);
        if (!test.includes("/q/health/ready")) fail(where, "its healthcheck should probe /q/health/ready");
        for (const p of s.ports ?? []) {
          const target = (typeof p === "object" ? String(p.target) : String(p).split(":").at(-1)).split("/")[0];
          if (target !== port) fail(where, `publishes container port ${target}, but Quarkus listens on ${port}`);
        }
      }
      for (const dep of Object.keys(deps)) if (!names.includes(dep)) fail(where, `depends on missing ${dep}`);
    }
  }
  // Secrets only by interpolation from the environment, never literal values (raw file, before interpolation).
  for (const [name, s] of Object.entries(raw.services)) {
    const env = s.environment ?? {};
    const entries = Array.isArray(env) ? env.map((e) => e.split(/=(.*)/s).slice(0, 2)) : Object.entries(env);
    for (const [k, v] of entries)
      if (/PASSWORD|SECRET|TOKEN|CREDENTIAL|API_KEY/i.test(k) && v !== undefined && v !== null && !/^\$\{[A-Z0-9_]+(:\?[^}]*|:-)?\}$/.test(String(v)))
        fail(`${file} service ${name}`, `${k} must come from the environment (\${VAR:?message}, or \${VAR:-} when optional), never a literal or a non-empty default`);
  }
  const es = Object.values(services).find((s) => String(s.image ?? "").startsWith("docker.elastic.co/elasticsearch/elasticsearch:"));
  if (!es) fail(file, "no service uses the official docker.elastic.co/elasticsearch/elasticsearch image");
  else if (!/:8\.19\.\d+$/.test(es.image)) fail(file, `Elasticsearch image ${es.image} is not 8.19.x`);
  console.log(`  services: ${names.join(", ")}; health checks, depends_on conditions, secrets from the environment and ${Object.values(services).filter((s) => s.build).length * 2} Dockerfiles checked`);
}

// The local stack (docker-compose.yml + docker-compose.local.yml, resolved): every container on the
// host's network (no bridge network, no published ports), images built on this machine, and every
// long-running service still health-checked.
function checkComposeLocal(file) {
  const services = readYamlDocs(file)[0]?.services ?? {};
  for (const [name, s] of Object.entries(services)) {
    const where = `${file} service ${name}`;
    if (s.network_mode !== "host") fail(where, "must use network_mode: host (no bridge networks here)");
    if (s.ports?.length) fail(where, "publishes ports, which host networking does not allow");
    if (!/^(local|newslens)\//.test(String(s.image ?? ""))) fail(where, `image ${s.image} is not built by deploy/local/build-images`);
    if (s.restart !== "no" && !s.healthcheck?.test) fail(where, "a long-running service needs a healthcheck");
  }
  console.log(`  services: ${Object.keys(services).join(", ")}; host networking and local images checked`);
}

// ---------------------------------------------------------------------------------------------

const [mode, file, ...rest] = process.argv.slice(2);
if (!["k8s", "compose", "compose-local"].includes(mode) || !file) {
  console.error("usage: validate-manifests.mjs k8s <rendered.yaml> [--readme FILE] [--topics Topics.java] | compose <docker-compose.yml> [--resolved FILE] | compose-local <resolved.yaml>");
  process.exit(2);
}
if (mode === "k8s") await checkK8s(file, rest);
else if (mode === "compose-local") checkComposeLocal(file);
else checkCompose(file, rest);

for (const w of warnings) console.log(`  WARNING ${w}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in ${file}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
