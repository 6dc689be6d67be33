#!/usr/bin/env bash
# Builds a Java 17 runtime base image from Debian packages, as a `docker save` tarball that Jib reads with
# -Djib.from.image=tar://<file> (Jib's documented local base image source). For build machines that reach a Debian
# mirror (or a province's own apt mirror) but no container registry. Online builds use eclipse-temurin:17-jre instead.
#
#   infra/deploy/image/build-base-image.sh [output.tar] [debian mirror]
#   ./mvnw -Pimage package -DskipTests -Djib.from.image=tar://$PWD/target/tdkt-jre17-base.tar
#
# Needs mmdebstrap (apt-get install mmdebstrap) and root (or mmdebstrap --mode=unshare).
set -euo pipefail

out=$(realpath -m "${1:-target/tdkt-jre17-base.tar}")
mirror=${2:-http://deb.debian.org/debian}
suite=bookworm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")" "$work/image"

# "essential" = only Essential:yes packages plus what is named here and its dependencies; no apt in the image.
# man pages are removed after installation (update-alternatives needs their directories while configuring).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)} mmdebstrap --variant=essential \
  --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --customize-hook='rm -rf "$1"/usr/share/man/* "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/var/log/*' \
  "$suite" "$work/rootfs.tar" "$mirror"

layer_sha=$(sha256sum "$work/rootfs.tar" | cut -d' ' -f1)
mkdir -p "$work/image/$layer_sha"
mv "$work/rootfs.tar" "$work/image/$layer_sha/layer.tar"

created=$(date -u -d "@${SOURCE_DATE_EPOCH:-0}" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"],
           "Labels":{"org.opencontainers.image.title":"tdkt-jre17-base",
                     "org.opencontainers.image.description":"Debian $suite + openjdk-17-jre-headless (mmdebstrap)"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"$created","created_by":"mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates $suite"}]}
JSON
config_sha=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
mv "$work/image/config.json" "$work/image/$config_sha.json"
cat > "$work/image/manifest.json" <<JSON
[{"Config":"$config_sha.json","RepoTags":["tdkt/jre17-base:$suite"],"Layers":["$layer_sha/layer.tar"]}]
JSON
tar -C "$work/image" -cf "$out" manifest.json "$config_sha.json" "$layer_sha"
echo "base image: $out (tdkt/jre17-base:$suite, layer sha256:$layer_sha)"
