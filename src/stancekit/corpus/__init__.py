"""Many articles on disk: shards, Parquet output, resume, and the local and Ray engines.

::

    sources.py  inputs -> row counts -> deterministic shards; reading one shard
    shards.py   one shard -> segments / pairs / errors tables, written atomically
    engines.py  run the pending shards here (local) or on Ray Data (actor pool)
    api.py      analyze_corpus(): options, manifest, resume, progress
    result.py   Corpus: the output folder, read lazily (verified shard files only)

    identity.py     every article id read first; repeats refused or renamed
    fingerprint.py  content hashes of inputs and models, versions; how two runs differ
    checksums.py    each shard's file sizes and sha256 in its marker; verification
    lock.py         one run per output folder (filelock), temp files of dead owners
    raywatch.py     stops a killed driver's local Ray

Examples:
    >>> from stancekit.corpus import EXIT_ARTICLE_ERRORS
    >>> EXIT_ARTICLE_ERRORS
    3
"""

from __future__ import annotations

from stancekit.corpus.api import BACKENDS, analyze_corpus
from stancekit.corpus.result import Corpus

__all__ = ["BACKENDS", "EXIT_ARTICLE_ERRORS", "Corpus", "analyze_corpus"]

#: Exit status of ``stancekit analyze-corpus`` when the run finished but some articles
#: could not be analysed (see the ``errors`` table); 2 is a usage or input error.
EXIT_ARTICLE_ERRORS = 3
