"""The example queries of ``docs/database.md``, kept here once.

The docs show each under a ``<!-- query: NAME -->`` marker; ``tests/test_store_queries.py``
checks the docs still say exactly this and runs every query on SQLite and PostgreSQL.
Plain SQL that both run unchanged (ISO dates compare as text: ``'2020-06' >= '2020'``).
"""

from __future__ import annotations

NETFLIX_DRAMAS_16_EPISODES = """\
SELECT DISTINCT w.title, w.episodes
FROM works AS w
JOIN work_platforms AS wp ON wp.work_id = w.id
JOIN platforms AS p ON p.id = wp.platform_id
WHERE p.name_key = 'netflix'
  AND COALESCE(w.kind, 'series') = 'series'
  AND w.episodes >= 16
ORDER BY w.title, w.episodes"""

ACTORS_IN_TWO_OR_MORE_WORKS = """\
SELECT pe.name AS actor, COUNT(DISTINCT w.title_key) AS works
FROM people AS pe
JOIN cast_credits AS c ON c.person_id = pe.id
JOIN works AS w ON w.id = c.work_id
GROUP BY pe.id, pe.name
HAVING COUNT(DISTINCT w.title_key) >= 2
ORDER BY works DESC, actor"""

WORKS_AIRED_IN_2020_BY_NETWORK = """\
SELECT DISTINCT n.name AS network, w.title, w.aired_start, w.aired_end
FROM works AS w
JOIN work_networks AS wn ON wn.work_id = w.id
JOIN networks AS n ON n.id = wn.network_id
WHERE (COALESCE(w.aired_start, w.aired_end) < '2021' AND COALESCE(w.aired_end, w.aired_start) >= '2020')
   OR (w.aired_start IS NULL AND w.aired_end IS NULL AND w.year = 2020)
ORDER BY network, w.title"""

QUERIES: dict[str, str] = {
    "netflix-dramas-16-episodes": NETFLIX_DRAMAS_16_EPISODES,
    "actors-in-two-or-more-works": ACTORS_IN_TWO_OR_MORE_WORKS,
    "works-aired-in-2020-by-network": WORKS_AIRED_IN_2020_BY_NETWORK,
}
