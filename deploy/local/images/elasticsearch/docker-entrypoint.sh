#!/bin/bash
# Starts Elasticsearch like the official image does: every environment variable whose name
# contains a dot is a setting (-Ename=value); ELASTIC_PASSWORD becomes the bootstrap password of
# user elastic when security is on.
set -euo pipefail
cd /usr/share/elasticsearch
export ES_JAVA_HOME=${ES_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

settings=()
while IFS= read -r -d '' entry; do
    name=${entry%%=*}
    [[ $name == *.* ]] && settings+=("-E$entry")
done < <(env -0)

if [[ -n ${ELASTIC_PASSWORD:-} ]]; then
    [[ -f config/elasticsearch.keystore ]] || bin/elasticsearch-keystore create > /dev/null
    printf '%s' "$ELASTIC_PASSWORD" | bin/elasticsearch-keystore add -x -f bootstrap.password > /dev/null
fi
exec bin/elasticsearch "${settings[@]}" "$@"
