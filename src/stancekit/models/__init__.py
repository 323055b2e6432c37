"""Stage 3: (segment, target) pairs -> calibrated stance and sentiment probabilities.

- :mod:`stancekit.models.inputs`: turns user input into pairs (shared by every model).
- The scikit-learn baseline: :mod:`~stancekit.models.baseline` (the estimator),
  :mod:`~stancekit.models.baseline_text` (tokens, mentions, lexicon cues),
  :mod:`~stancekit.models.baseline_features` (feature blocks),
  :mod:`~stancekit.models.baseline_io` (save / load).
- The fine-tunable transformer (torch, transformers): :mod:`~stancekit.models.transformer`
  (the estimator and inference), :mod:`~stancekit.models.transformer_build` (tokenizer,
  model, LoRA), :mod:`~stancekit.models.transformer_fit` (fine-tuning, around the loop of
  :mod:`~stancekit.models.training`), :mod:`~stancekit.models.transformer_io` (save /
  load), :mod:`~stancekit.models.runtime` (torch / ONNX inference), and
  :mod:`~stancekit.weights.encoder` (the base encoder, sha256-checked).
- :mod:`stancekit.models.calibration` (temperature scaling) and
  :mod:`stancekit.models.outputs` (probability checks).
- Saved folders: :mod:`~stancekit.models.loading` owns them (``stancekit.json``, the one
  dispatch on ``model_type``, the cache, re-saving); :mod:`~stancekit.weights.integrity`
  (sha256 manifest, standard library only), :mod:`~stancekit.models.validation` (every
  value of the configs), :mod:`~stancekit.models.weight_files` (safetensors and npz
  parsing), :mod:`~stancekit.models.load_checks` (a transformer folder's files).
- :mod:`stancekit.models.defaults`: the embedded default models.
"""
