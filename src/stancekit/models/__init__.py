"""Stage 3: (segment, target) pairs -> calibrated stance and sentiment probabilities.

- :mod:`stancekit.models.inputs`: turns user input into pairs (shared by every model).
- :mod:`stancekit.models.baseline`: the scikit-learn baseline.
- :mod:`stancekit.models.transformer`: the fine-tunable transformer (torch, transformers).
- :mod:`stancekit.models.defaults`: the embedded default models.
"""
