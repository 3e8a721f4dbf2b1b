#!/usr/bin/env bash
# Validates the deployment files offline (no Docker engine, no cluster needed):
#   1. docker-compose.yml (alone, with docker-compose.override.yml, with docker-compose.local.yml): `docker-compose config` (Debian's docker-compose v1, installed with
#      apt-get when missing and running as root), dclint (compose-spec schema and lint rules), and
#      checks of health checks, start order, secrets and the Dockerfiles it builds from.
#   2. k8s/: renders the default deployment and the dev and prod overlays with `kubectl kustomize`
#      and validates every object: built-in kinds with kubernetes-models, Strimzi and ECK custom
#      resources for their essential fields, references between objects, probes, hardening.
# Node packages are pinned in scripts/deploy-validation/package-lock.json and installed into
# scripts/deploy-validation/node_modules (ignored by git).
#
# Usage: scripts/validate-deployment.sh        (from anywhere; exit code 0 = all valid)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/scripts/deploy-validation"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/newslens-validate.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
START=$SECONDS
STEP="starting"
trap 'echo "validate-deployment: FAILED during: $STEP" >&2' ERR

die() { echo "validate-deployment: FAILED: $*" >&2; exit 1; }
step() { STEP="$1"; echo "== $1"; }

command -v node >/dev/null || die "node is not installed (needed for dclint and the manifest checks)"
command -v npm >/dev/null || die "npm is not installed"

# --- Node tools (pinned) -------------------------------------------------------------------------
step "installing the pinned validation tools (npm ci, scripts/deploy-validation)"
lock_sum="$(sha256sum "$TOOLS/package-lock.json" | cut -d' ' -f1)"
if [[ "$(cat "$TOOLS/node_modules/.newslens-lock-sha256" 2>/dev/null || true)" != "$lock_sum" ]]; then
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1) \
    || { cat "$WORK/npm.log" >&2; die "npm ci in scripts/deploy-validation failed"; }
  echo "$lock_sum" >"$TOOLS/node_modules/.newslens-lock-sha256"
  echo "  installed: $(cd "$TOOLS" && node -e 'const p=require("./package.json");console.log(Object.entries(p.dependencies).map(([k,v])=>k+"@"+v).join(", "))')"
else
  echo "  up to date"
fi

# --- docker-compose.yml ---------------------------------------------------------------------------
COMPOSE="$ROOT/docker-compose.yml"
[[ -f "$COMPOSE" ]] || die "docker-compose.yml not found at $COMPOSE"

# Secrets have no defaults in the compose file; give the validation placeholders (never used to run).
export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-validation-placeholder}"
export ELASTIC_PASSWORD="${ELASTIC_PASSWORD:-validation-placeholder}"
export NEWSLENS_INGESTER_API_KEY="${NEWSLENS_INGESTER_API_KEY:-validation-placeholder}"
export NEWSLENS_OPERATOR_API_KEY="${NEWSLENS_OPERATOR_API_KEY:-validation-placeholder}"

step "docker-compose.yml: docker-compose config"
if ! command -v docker-compose >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "  installing Debian's docker-compose (v1) with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  # Without package lists (a new machine) the first install fails: update them and retry once.
  if ! apt-get install -y -qq --no-install-recommends docker-compose >"$WORK/apt.log" 2>&1; then
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-compose; } >>"$WORK/apt.log" 2>&1; then
      echo "  WARNING: could not install docker-compose; relying on dclint. apt-get said:"
      tail -5 "$WORK/apt.log" | sed 's/^/    /'
    fi
  fi
fi
RESOLVED=()
if command -v docker-compose >/dev/null; then
  docker-compose -f "$COMPOSE" config -q 2>"$WORK/compose.err" \
    || { cat "$WORK/compose.err" >&2; die "docker-compose config rejects docker-compose.yml"; }
  # As `docker compose up` runs it: with docker-compose.override.yml (the published ports).
  docker-compose -f "$COMPOSE" -f "$ROOT/docker-compose.override.yml" config >"$WORK/compose-resolved.yaml" 2>"$WORK/compose.err" \
    || { cat "$WORK/compose.err" >&2; die "docker-compose config rejects docker-compose.yml + docker-compose.override.yml"; }
  RESOLVED=(--resolved "$WORK/compose-resolved.yaml")
  # The local stack (deploy/local/build-images): images built here, host networking.
  docker-compose -f "$COMPOSE" -f "$ROOT/docker-compose.local.yml" config >"$WORK/compose-local.yaml" 2>"$WORK/compose.err" \
    || { cat "$WORK/compose.err" >&2; die "docker-compose config rejects docker-compose.yml + docker-compose.local.yml"; }
  echo "  ok: $(docker-compose version --short 2>/dev/null || echo docker-compose) accepts it, with docker-compose.override.yml and with docker-compose.local.yml"
else
  echo "  WARNING: docker-compose is not installed and cannot be installed here: skipped (dclint still runs)"
fi

step "docker-compose.yml: dclint (compose-spec schema and lint rules)"
# Rules turned off in dclint.json, on purpose: build+image (the built image gets the name the k8s
# manifests use), a top-level name (docker-compose v1 rejects it), alphabetical services (grouped by role).
"$TOOLS/node_modules/.bin/dclint" -c "$TOOLS/dclint.json" "$COMPOSE" >"$WORK/dclint.out" 2>&1 \
  || { cat "$WORK/dclint.out" >&2; die "dclint found errors in docker-compose.yml"; }
if grep -q warning "$WORK/dclint.out"; then cat "$WORK/dclint.out"; fi
echo "  ok: no errors"

step "docker-compose.yml: health checks, start order, secrets, Dockerfiles"
node "$TOOLS/validate-manifests.mjs" compose "$COMPOSE" "${RESOLVED[@]}" || die "docker-compose.yml checks failed"
if [[ -f "$WORK/compose-local.yaml" ]]; then
  step "docker-compose.local.yml: host networking, local images, the same health checks"
  node "$TOOLS/validate-manifests.mjs" compose-local "$WORK/compose-local.yaml" || die "docker-compose.local.yml checks failed"
fi

# --- k8s/ -----------------------------------------------------------------------------------------
command -v kubectl >/dev/null || die "kubectl is not installed: it renders k8s/ (kubectl kustomize)"
for target in k8s k8s/overlays/dev k8s/overlays/prod; do
  step "$target: kubectl kustomize + manifest validation"
  out="$WORK/$(echo "$target" | tr / -).yaml"
  kubectl kustomize "$ROOT/$target" >"$out" 2>"$WORK/kustomize.err" \
    || { cat "$WORK/kustomize.err" >&2; die "kubectl kustomize $target does not render"; }
  echo "  rendered $(grep -c '^kind:' "$out") objects"
  node "$TOOLS/validate-manifests.mjs" k8s "$out" \
    --readme "$ROOT/k8s/README.md" \
    --topics "$ROOT/common/src/main/java/io/newslens/common/events/Topics.java" \
    || die "manifests of $target are invalid"
done

STEP="done"
echo "validate-deployment: OK (docker-compose.yml, Dockerfiles, k8s base + overlays dev, prod) in $((SECONDS - START)) s"
