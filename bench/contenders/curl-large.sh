#!/bin/sh
# Contender: curl, the practical limit for one large file — a creation POST, then one PATCH
# streaming the whole file (-T, with the empty "Expect:" so curl does not wait for 100-continue).
#   sh curl-large.sh <endpoint> <file> <size>
set -eu
endpoint=$1 file=$2 size=$3
location=$(curl -sS -f -X POST -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $size" -D - -o /dev/null "$endpoint" \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: *//p')
if [ -z "$location" ]; then
  echo "curl-large: no Location in the answer to POST $endpoint" >&2
  exit 1
fi
curl -sS -f -X PATCH -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' \
  -H 'Expect:' -T "$file" -o /dev/null "$location"
echo "$location"
