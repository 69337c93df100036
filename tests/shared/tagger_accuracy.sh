#!/bin/sh
# Part-of-speech accuracy floor on the GigaWord sample's parse leaves, a
# held-out set (the tagger was never tuned on it): at least 95%.
if [ ! -d "${DYAD_SHARED:-}/testdata" ]; then
	echo "skipped: \$DYAD_SHARED/testdata not found (${DYAD_SHARED:-unset})"
	exit 77
fi
if [ ! -e /usr/share/festival/dicts/wsj.wp39.poslexR ]; then
	echo "skipped: festlex-poslex not installed"
	exit 77
fi
exec "$DYAD_TOOLS/dyad_tagacc" --min 95 "$DYAD_SHARED/testdata/gigaword-sample/GigaWord.sample.PETR.xml"
