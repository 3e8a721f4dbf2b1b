#!/bin/sh
# Starts a Newslens service in its image. The settings of /deployments/runtime.env (the service's
# k8s/base/services/<service>.runtime.env: port, JAVA_OPTS, MALLOC_ARENA_MAX) are defaults: a variable
# already in the environment (Kubernetes' ConfigMap, compose's env_file, docker run -e) wins.
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    '' | '#'*) continue ;;
  esac
  name=${line%%=*}
  eval "given=\${$name+set}"
  [ -n "$given" ] || export "$name=${line#*=}"
done < /deployments/runtime.env
# The system properties Quarkus needs stay on the command line, so that overriding JAVA_OPTS cannot drop them.
exec java $JAVA_OPTS -Dquarkus.http.host="${QUARKUS_HTTP_HOST:-0.0.0.0}" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar /deployments/quarkus-run.jar
