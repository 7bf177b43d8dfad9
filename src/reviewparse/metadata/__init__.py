"""Embedded metadata: harvesting JSON-LD, microdata, RDFa and OpenGraph from a page
(:mod:`.harvest`), mapping schema.org to candidates (:mod:`.schema_org`), and writing
records back out as schema.org JSON-LD (:mod:`.export`)."""
